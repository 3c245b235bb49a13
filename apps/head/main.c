/* head: prints the first lines (-n, 10 by default) or bytes (-c) of files or
 * standard input ("-"), reading no more than it needs, so that `yes | head`
 * ends at once. With several files each gets a "==> NAME <==" header. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void usage(void) {
    fprintf(stderr, "usage: head [-n LINES | -c BYTES | -LINES] [FILE...]\n");
}

/* Reads a count: decimal digits only. Returns 0, or -1 if `text` is not one. */
static int parse_count(const char *text, long long *count) {
    long long value = 0;
    if (!*text)
        return -1;
    for (const char *digit = text; *digit; digit++) {
        if (*digit < '0' || *digit > '9' || value > (0x7fffffffffffffffLL - 9) / 10)
            return -1;
        value = value * 10 + (*digit - '0');
    }
    *count = value;
    return 0;
}

/* Writes all of `buffer` to standard output; returns 0 or an errno value. */
static int write_all(const char *buffer, size_t length) {
    for (size_t done = 0; done < length;) {
        ssize_t written = write(1, buffer + done, length - done);
        if (written <= 0)
            return written < 0 ? errno : EIO;
        done += (size_t)written;
    }
    return 0;
}

/* How copy_head ended. */
enum outcome { COPIED, READ_FAILED, WRITE_FAILED };

/* Copies the first `count` lines (or bytes) of `fd` to standard output and
 * leaves a seekable fd's offset just after them; *error says why it failed. */
static enum outcome copy_head(int fd, long long count, int by_bytes, int *error) {
    static char buffer[4096];
    long long remaining = count;
    while (remaining > 0) {
        size_t wanted = sizeof buffer;
        if (by_bytes && remaining < (long long)wanted)
            wanted = (size_t)remaining;
        ssize_t got = read(fd, buffer, wanted);
        if (got < 0) {
            *error = errno;
            return READ_FAILED;
        }
        if (got == 0)
            break;
        size_t taken = (size_t)got;
        if (by_bytes) {
            remaining -= got;
        } else {
            for (size_t index = 0; index < (size_t)got; index++) {
                if (buffer[index] == '\n' && --remaining == 0) {
                    taken = index + 1;
                    break;
                }
            }
        }
        *error = write_all(buffer, taken);
        if (*error)
            return WRITE_FAILED;
        /* Give back what was read past the end (a pipe or the console cannot). */
        if (taken < (size_t)got)
            lseek(fd, (off_t)taken - got, SEEK_CUR);
    }
    return COPIED;
}

int main(int argc, char **argv) {
    long long count = 10;
    int by_bytes = 0;
    int first = 1;
    for (; first < argc; first++) {
        const char *argument = argv[first];
        if (argument[0] != '-' || argument[1] == '\0')
            break;
        if (strcmp(argument, "--") == 0) {
            first++;
            break;
        }
        const char *value;
        if (argument[1] >= '0' && argument[1] <= '9') {
            value = argument + 1;
            by_bytes = 0;
        } else if ((argument[1] == 'n' || argument[1] == 'c')) {
            value = argument[2] ? argument + 2 : (first + 1 < argc ? argv[++first] : NULL);
            if (!value) {
                fprintf(stderr, "head: option -%c needs a number\n", argument[1]);
                usage();
                return 2;
            }
            by_bytes = argument[1] == 'c';
        } else {
            fprintf(stderr, "head: unknown option: %s\n", argument);
            usage();
            return 2;
        }
        if (parse_count(value, &count) < 0) {
            fprintf(stderr, "head: invalid number: '%s'\n", value);
            usage();
            return 2;
        }
    }
    if (first == argc)
        argv[argc++] = "-";
    int file_count = argc - first;
    int status = 0;
    for (int index = first; index < argc; index++) {
        const char *path = argv[index];
        int is_standard_input = strcmp(path, "-") == 0;
        const char *name = is_standard_input ? "standard input" : path;
        int fd = is_standard_input ? 0 : open(path, O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "head: %s: %s\n", name, strerror(errno));
            status = 1;
            continue;
        }
        int error = 0;
        enum outcome outcome = COPIED;
        if (file_count > 1) {
            char header[300];
            int length = snprintf(header, sizeof header, "%s==> %s <==\n", index > first ? "\n" : "", name);
            size_t header_length = length < (int)sizeof header ? (size_t)length : sizeof header - 1;
            error = write_all(header, header_length);
            outcome = error ? WRITE_FAILED : COPIED;
        }
        if (outcome == COPIED)
            outcome = copy_head(fd, count, by_bytes, &error);
        if (!is_standard_input)
            close(fd);
        if (outcome == READ_FAILED) {
            fprintf(stderr, "head: %s: %s\n", name, strerror(error));
            status = 1;
        } else if (outcome == WRITE_FAILED) {
            /* A reader that went away only means nothing more is wanted. */
            if (error == EPIPE)
                return status;
            fprintf(stderr, "head: standard output: %s\n", strerror(error));
            return 1;
        }
    }
    return status;
}
