/* kv: the client of the key-value service kvd. It finds the service by its
 * name "kv" and talks to it with message calls (wasmos_msg_call):
 *   request: an op byte and its payload: 'S' KEY '\0' VALUE, 'G' KEY,
 *            'D' KEY, 'L' AFTER (the keys after AFTER, in byte order)
 *   reply:   a status byte and its payload: '0' ok (G: the value; L: keys,
 *            each ended by '\n'), '.' ok and the last page (L only),
 *            'N' not found, 'E' error and its message. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#define KEY_MAX 255
#define VALUE_MAX 3800

/* The pid of the service. */
static int server;

static void usage(void) {
    fprintf(stderr, "usage: kv set KEY VALUE [KEY VALUE...]\n"
                    "       kv get KEY [KEY...]\n"
                    "       kv del KEY...\n"
                    "       kv list\n"
                    "       kv fill PREFIX COUNT\n"
                    "       kv check PREFIX COUNT\n");
}

/* A reply: its status byte and the payload after it, NUL-terminated. */
struct reply {
    char status;
    size_t length;
    char payload[WASMOS_MESSAGE_MAX];
};

/* Sends `request` and waits for the reply; a service that is gone or fails
 * ends the program, since nothing more can be done. */
static void call(const char *request, size_t request_length, struct reply *reply) {
    static char buffer[WASMOS_MESSAGE_MAX];
    int result = wasmos_msg_call(server, request, (uint32_t)request_length, buffer, sizeof buffer);
    if (result == -EPIPE || result == -ESRCH) {
        fprintf(stderr, "kv: the kv service ended\n");
        exit(1);
    }
    if (result < 0) {
        fprintf(stderr, "kv: the kv service: %s\n", strerror(-result));
        exit(1);
    }
    if (result == 0) {
        fprintf(stderr, "kv: the kv service sent an empty reply\n");
        exit(1);
    }
    reply->status = buffer[0];
    reply->length = (size_t)result - 1;
    memcpy(reply->payload, buffer + 1, reply->length);
    reply->payload[reply->length] = '\0';
}

/* Builds a request of `op`, `key` and, for 'S', '\0' and `value`. */
static size_t make_request(char *request, char op, const char *key, const char *value) {
    size_t key_length = strlen(key);
    request[0] = op;
    memcpy(request + 1, key, key_length);
    size_t length = 1 + key_length;
    if (value) {
        size_t value_length = strlen(value);
        request[length++] = '\0';
        memcpy(request + length, value, value_length);
        length += value_length;
    }
    return length;
}

/* Reports a reply other than ok; returns 1 (the status to add). */
static int report_failure(const char *key, const struct reply *reply) {
    if (reply->status == 'N')
        fprintf(stderr, "kv: %s: not found\n", key);
    else if (reply->status == 'E')
        fprintf(stderr, "kv: %s: %s\n", key, reply->payload);
    else
        fprintf(stderr, "kv: %s: unexpected reply from the kv service\n", key);
    return 1;
}

/* Whether `key` can be sent: 1-255 bytes, no newline (which ends a key in
 * a listing). Prints why not. */
static int valid_key(const char *key) {
    size_t length = strlen(key);
    if (length == 0 || length > KEY_MAX) {
        fprintf(stderr, "kv: keys are 1 to %d bytes long: '%s'\n", KEY_MAX, key);
        return 0;
    }
    if (strchr(key, '\n')) {
        fprintf(stderr, "kv: a key cannot hold a newline\n");
        return 0;
    }
    return 1;
}

static int set_pairs(int count, char **words) {
    char request[WASMOS_MESSAGE_MAX];
    struct reply reply;
    int status = 0;
    for (int index = 0; index + 1 < count; index += 2) {
        call(request, make_request(request, 'S', words[index], words[index + 1]), &reply);
        if (reply.status != '0')
            status = report_failure(words[index], &reply);
    }
    return status;
}

static int get_keys(int count, char **keys) {
    char request[WASMOS_MESSAGE_MAX];
    struct reply reply;
    int status = 0;
    for (int index = 0; index < count; index++) {
        call(request, make_request(request, 'G', keys[index], NULL), &reply);
        if (reply.status != '0') {
            status = report_failure(keys[index], &reply);
            continue;
        }
        fwrite(reply.payload, 1, reply.length, stdout);
        putchar('\n');
    }
    return status;
}

static int delete_keys(int count, char **keys) {
    char request[WASMOS_MESSAGE_MAX];
    struct reply reply;
    int status = 0;
    for (int index = 0; index < count; index++) {
        call(request, make_request(request, 'D', keys[index], NULL), &reply);
        if (reply.status != '0')
            status = report_failure(keys[index], &reply);
    }
    return status;
}

/* Prints every key, a page at a time, each page asked for after the last
 * key of the one before. */
static int list_keys(void) {
    char request[WASMOS_MESSAGE_MAX];
    char after[KEY_MAX + 1] = "";
    struct reply reply;
    for (;;) {
        call(request, make_request(request, 'L', after, NULL), &reply);
        if (reply.status != '0' && reply.status != '.')
            return report_failure("list", &reply);
        fwrite(reply.payload, 1, reply.length, stdout);
        if (reply.status == '.' || reply.length == 0)
            return 0;
        /* The last key of the page: between the last two newlines. */
        size_t end = reply.length;
        if (reply.payload[end - 1] == '\n')
            end--;
        size_t start = end;
        while (start > 0 && reply.payload[start - 1] != '\n')
            start--;
        if (end - start == 0 || end - start > KEY_MAX) {
            fprintf(stderr, "kv: list: unexpected reply from the kv service\n");
            return 1;
        }
        memcpy(after, reply.payload + start, end - start);
        after[end - start] = '\0';
    }
}

/* Reads COUNT: decimal digits, at most a million. Returns -1 if not one. */
static long parse_count(const char *text) {
    long value = 0;
    if (!*text)
        return -1;
    for (; *text; text++) {
        if (*text < '0' || *text > '9' || value > 1000000)
            return -1;
        value = value * 10 + (*text - '0');
    }
    return value > 1000000 ? -1 : value;
}

/* fill: sets PREFIX0 .. PREFIX<count - 1> to "value-PREFIX<i>". check: gets
 * them back and counts the ones missing or different. */
static int fill_or_check(int checking, const char *prefix, long count) {
    char request[WASMOS_MESSAGE_MAX];
    char key[KEY_MAX + 1];
    char value[KEY_MAX + 16];
    struct reply reply;
    long wrong = 0;
    int status = 0;
    for (long index = 0; index < count; index++) {
        snprintf(key, sizeof key, "%s%ld", prefix, index);
        snprintf(value, sizeof value, "value-%s", key);
        if (checking) {
            call(request, make_request(request, 'G', key, NULL), &reply);
            if (reply.status != '0' || strcmp(reply.payload, value) != 0 || reply.length != strlen(value))
                wrong++;
        } else {
            call(request, make_request(request, 'S', key, value), &reply);
            if (reply.status != '0')
                status = report_failure(key, &reply);
        }
    }
    if (checking) {
        printf("checked %ld keys, %ld wrong\n", count, wrong);
        return wrong > 0;
    }
    return status;
}

/* Checks the arguments of `command` (the words after it); prints why they
 * are wrong. */
static int valid_arguments(const char *command, int count, char **words) {
    if (strcmp(command, "set") == 0) {
        if (count == 0 || count % 2 != 0)
            return 0;
        for (int index = 0; index < count; index += 2) {
            if (!valid_key(words[index]))
                return 0;
            if (strlen(words[index + 1]) > VALUE_MAX) {
                fprintf(stderr, "kv: %s: values are at most %d bytes long\n", words[index], VALUE_MAX);
                return 0;
            }
        }
        return 1;
    }
    if (strcmp(command, "get") == 0 || strcmp(command, "del") == 0) {
        for (int index = 0; index < count; index++) {
            if (!valid_key(words[index]))
                return 0;
        }
        return count > 0;
    }
    if (strcmp(command, "list") == 0)
        return count == 0;
    if (strcmp(command, "fill") == 0 || strcmp(command, "check") == 0) {
        if (count != 2)
            return 0;
        long number = parse_count(words[1]);
        if (number < 0) {
            fprintf(stderr, "kv: not a count: %s\n", words[1]);
            return 0;
        }
        /* The longest key: the prefix and the digits of number - 1. */
        char longest[32];
        int digits = snprintf(longest, sizeof longest, "%ld", number > 0 ? number - 1 : 0);
        if (strlen(words[0]) + (size_t)digits > KEY_MAX || strchr(words[0], '\n')) {
            fprintf(stderr, "kv: the prefix is too long for keys of at most %d bytes\n", KEY_MAX);
            return 0;
        }
        return 1;
    }
    fprintf(stderr, "kv: unknown command: %s\n", command);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2 || !valid_arguments(argv[1], argc - 2, argv + 2)) {
        usage();
        return 2;
    }
    server = wasmos_service_lookup("kv", 2);
    if (server < 0) {
        if (server == -ENOENT)
            fprintf(stderr, "kv: the kv service is not running (start it with: kvd &)\n");
        else
            fprintf(stderr, "kv: looking up the kv service: %s\n", strerror(-server));
        return 1;
    }
    const char *command = argv[1];
    int count = argc - 2;
    char **words = argv + 2;
    if (strcmp(command, "set") == 0)
        return set_pairs(count, words);
    if (strcmp(command, "get") == 0)
        return get_keys(count, words);
    if (strcmp(command, "del") == 0)
        return delete_keys(count, words);
    if (strcmp(command, "list") == 0)
        return list_keys();
    return fill_or_check(strcmp(command, "check") == 0, words[0], parse_count(words[1]));
}
