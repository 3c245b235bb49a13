/* head: prints the first lines (-n, 10 by default) or bytes (-c) of files or
 * standard input ("-"), as GNU head does, reading no more than it needs, so
 * that `yes | head` ends at once. -n -N and -c -N print all but the last N
 * lines or bytes instead. With several files each gets a "==> NAME <=="
 * header (-q never, -v always). */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] = "usage: head [-qv] [-n [-]LINES | -c [-]BYTES | -LINES] [FILE...]\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Print the first 10 lines of each FILE (standard input for none or \"-\").\n"
          "  -n N      the first N lines; -n -N: all but the last N lines\n"
          "  -c N      the first N bytes; -c -N: all but the last N bytes\n"
          "  -q        never print headers with the file names\n"
          "  -v        always print headers with the file names\n"
          "  --help    show this help\n"
          "N may end in b (512), K, M, G, T, P, E (1024^n, also KiB ...), KB, MB, ... (1000^n).\n"
          "The old form -N (with b, c, k, l or m after N) is understood as the first argument.\n",
          stdout);
}

static void fail_usage(void) {
    fputs(usage_line, stderr);
    exit(1);
}

/* What to print: the first `count` lines or bytes, or all but the last. */
static unsigned long long count = 10;
static int by_bytes, all_but_last;

/* Multiplies in place; returns -1 on overflow. */
static int scale(unsigned long long *value, unsigned long long factor, int power) {
    for (int step = 0; step < power; step++) {
        if (*value > ~0ULL / factor)
            return -1;
        *value *= factor;
    }
    return 0;
}

/* Reads a count with an optional multiplier suffix; returns 0, -1 if it is
 * not a number, -2 if it is too large. */
static int parse_number(const char *text, unsigned long long *value) {
    if (!isdigit((unsigned char)*text))
        return -1;
    unsigned long long number = 0;
    int overflow = 0;
    for (; isdigit((unsigned char)*text); text++) {
        if (number > (~0ULL - 9) / 10)
            overflow = 1;
        number = number * 10 + (unsigned long long)(*text - '0');
    }
    if (*text) {
        /* GNU's letters: these, and k and m in lower case too. */
        static const char powers[] = "KMGTPE";
        char letter = *text == 'k' || *text == 'm' ? (char)toupper((unsigned char)*text) : *text;
        const char *found = strchr(powers, letter);
        if (*text == 'b' && text[1] == '\0') {
            overflow |= scale(&number, 512, 1) < 0;
        } else if (found) {
            const char *rest = text + 1;
            unsigned long long base = 1024;
            if (strcmp(rest, "B") == 0)
                base = 1000;
            else if (*rest && strcmp(rest, "iB") != 0)
                return -1;
            overflow |= scale(&number, base, (int)(found - powers) + 1) < 0;
        } else {
            return -1;
        }
    }
    *value = number;
    return overflow ? -2 : 0;
}

/* Sets the count from a -n or -c argument. */
static void parse_count(const char *text, int bytes) {
    const char *what = bytes ? "bytes" : "lines";
    by_bytes = bytes;
    all_but_last = *text == '-';
    if (all_but_last)
        text++;
    const char *digits = *text == '+' ? text + 1 : text;
    int result = parse_number(digits, &count);
    if (result == -1) {
        fprintf(stderr, "head: invalid number of %s: '%s'\n", what, text);
        exit(1);
    }
    if (result == -2) {
        fprintf(stderr, "head: invalid number of %s: '%s': Value too large for defined data type\n", what, text);
        exit(1);
    }
}

/* Whether `text` is the old form -N[bcklm][qv]; sets the options if so. */
static int parse_old_form(const char *text, int *header_mode) {
    if (text[0] != '-' || !isdigit((unsigned char)text[1]))
        return 0;
    const char *at = text + 1;
    unsigned long long number = 0;
    for (; isdigit((unsigned char)*at); at++)
        number = number > (~0ULL - 9) / 10 ? ~0ULL : number * 10 + (unsigned long long)(*at - '0');
    int bytes = 0;
    if (*at && strchr("bcklm", *at)) {
        bytes = *at != 'l';
        int power = *at == 'k' ? 1 : *at == 'm' ? 2 : 0;
        if ((*at == 'b' && scale(&number, 512, 1) < 0) || scale(&number, 1024, power) < 0)
            number = ~0ULL;
        at++;
    }
    int mode = *header_mode;
    if (*at == 'q' || *at == 'v')
        mode = *at++;
    if (*at)
        return 0;
    count = number;
    by_bytes = bytes;
    *header_mode = mode;
    return 1;
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

/* How copying ended. */
enum outcome { COPIED, READ_FAILED, WRITE_FAILED };

/* Copies the first `count` lines (or bytes) of `fd` to standard output and
 * leaves a seekable fd's offset just after them; *error says why it failed. */
static enum outcome copy_head(int fd, int *error) {
    static char buffer[4096];
    unsigned long long remaining = count;
    while (remaining > 0) {
        size_t wanted = sizeof buffer;
        if (by_bytes && remaining < (unsigned long long)wanted)
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
            remaining -= (unsigned long long)got;
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

/* The bytes read but not yet known to be outside the last `count` lines or
 * bytes: pending[start, used), holding `newlines` newlines. */
struct pending {
    char *bytes;
    size_t start, used, capacity;
    unsigned long long newlines;
};

/* Writes the first `length` pending bytes out. */
static int release(struct pending *pending, size_t length) {
    int error = write_all(pending->bytes + pending->start, length);
    pending->start += length;
    return error;
}

/* Writes out the pending lines beyond the last `keep` complete ones. */
static int release_lines(struct pending *pending, unsigned long long keep) {
    if (pending->newlines <= keep)
        return 0;
    unsigned long long lines = pending->newlines - keep;
    size_t at = pending->start;
    for (unsigned long long seen = 0; seen < lines; at++)
        seen += pending->bytes[at] == '\n';
    pending->newlines = keep;
    return release(pending, at - pending->start);
}

/* -n -N and -c -N: copies all of `fd` but its last `count` lines or bytes,
 * holding back only what may belong to them. */
static enum outcome copy_all_but_last(int fd, int *error) {
    struct pending pending = {NULL, 0, 0, 0, 0};
    enum outcome outcome = COPIED;
    for (;;) {
        if (pending.start > 0 && pending.start >= pending.used / 2) {
            memmove(pending.bytes, pending.bytes + pending.start, pending.used - pending.start);
            pending.used -= pending.start;
            pending.start = 0;
        }
        if (pending.capacity - pending.used < 4096) {
            size_t capacity = pending.capacity ? pending.capacity * 2 : 65536;
            char *larger = realloc(pending.bytes, capacity);
            if (!larger) {
                *error = ENOMEM;
                outcome = READ_FAILED;
                break;
            }
            pending.bytes = larger;
            pending.capacity = capacity;
        }
        ssize_t got = read(fd, pending.bytes + pending.used, pending.capacity - pending.used);
        if (got < 0) {
            *error = errno;
            outcome = READ_FAILED;
            break;
        }
        if (got == 0) {
            /* A last line without its newline is a line too. */
            size_t held = pending.used - pending.start;
            int partial = held > 0 && pending.bytes[pending.used - 1] != '\n';
            unsigned long long lines = pending.newlines + (unsigned long long)partial;
            if (by_bytes)
                *error = held > count ? release(&pending, held - (size_t)count) : 0;
            else if (lines > count)
                *error = count == 0 ? release(&pending, held) : release_lines(&pending, count - (unsigned long long)partial);
            outcome = *error ? WRITE_FAILED : COPIED;
            break;
        }
        for (ssize_t index = 0; index < got; index++)
            pending.newlines += pending.bytes[pending.used + (size_t)index] == '\n';
        pending.used += (size_t)got;
        size_t held = pending.used - pending.start;
        if (by_bytes)
            *error = held > count ? release(&pending, held - (size_t)count) : 0;
        else
            *error = release_lines(&pending, count);
        if (*error) {
            outcome = WRITE_FAILED;
            break;
        }
    }
    free(pending.bytes);
    return outcome;
}

int main(int argc, char **argv) {
    char **operands = malloc((size_t)argc * sizeof *operands);
    int operand_count = 0, header_mode = 0;
    if (argc >= 2 && parse_old_form(argv[1], &header_mode))
        optind = 2;
    opterr = 0;
    while (optind < argc) {
        int before = optind;
        if (strcmp(argv[optind], "--help") == 0) {
            help();
            return 0;
        }
        if (strncmp(argv[optind], "--", 2) == 0 && argv[optind][2]) {
            fprintf(stderr, "head: unrecognized option '%s'\n", argv[optind]);
            fail_usage();
        }
        int option = getopt(argc, argv, "c:n:qv0123456789");
        if (option == -1) {
            if (strcmp(argv[before], "--") == 0) {
                while (optind < argc)
                    operands[operand_count++] = argv[optind++];
            } else {
                operands[operand_count++] = argv[optind++];
            }
            continue;
        }
        switch (option) {
        case 'c':
        case 'n':
            parse_count(optarg, option == 'c');
            break;
        case 'q':
        case 'v':
            header_mode = option;
            break;
        case '?':
            if (optopt == 'c' || optopt == 'n')
                fprintf(stderr, "head: option requires an argument -- '%c'\n", optopt);
            else
                fprintf(stderr, "head: invalid option -- '%c'\n", optopt);
            fail_usage();
            break;
        default:
            fprintf(stderr, "head: invalid trailing option -- %c\n", option);
            fail_usage();
        }
    }
    if (operand_count == 0)
        operands[operand_count++] = "-";
    int show_headers = header_mode == 'v' || (header_mode == 0 && operand_count > 1);
    int status = 0, shown = 0;
    for (int index = 0; index < operand_count; index++) {
        const char *path = operands[index];
        int is_standard_input = strcmp(path, "-") == 0;
        const char *name = is_standard_input ? "standard input" : path;
        int fd = is_standard_input ? 0 : open(path, O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "head: cannot open '%s' for reading: %s\n", path, strerror(errno));
            status = 1;
            continue;
        }
        int error = 0;
        enum outcome outcome = COPIED;
        if (show_headers) {
            char header[300];
            int length = snprintf(header, sizeof header, "%s==> %s <==\n", shown ? "\n" : "", name);
            size_t header_length = length < (int)sizeof header ? (size_t)length : sizeof header - 1;
            error = write_all(header, header_length);
            outcome = error ? WRITE_FAILED : COPIED;
        }
        shown = 1;
        if (outcome == COPIED)
            outcome = all_but_last ? copy_all_but_last(fd, &error) : copy_head(fd, &error);
        if (!is_standard_input)
            close(fd);
        if (outcome == READ_FAILED) {
            fprintf(stderr, "head: error reading '%s': %s\n", name, strerror(error));
            status = 1;
        } else if (outcome == WRITE_FAILED) {
            /* A reader that went away only means nothing more is wanted. */
            if (error == EPIPE)
                return status;
            fprintf(stderr, "head: error writing 'standard output': %s\n", strerror(error));
            return 1;
        }
    }
    return status;
}
