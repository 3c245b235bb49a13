/* tail: prints the last lines (-n, 10 by default) or bytes (-c) of files or
 * standard input ("-"), or everything from line or byte N on with -n +N and
 * -c +N, as GNU tail does. With several files each gets a "==> NAME <=="
 * header (-q never, -v always). -f follows the files after that: the kernel
 * does not say when a file grows, so tail looks every -s SECONDS (1 by
 * default) and prints what was appended, until it is ended (Ctrl-C). */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char usage_line[] = "usage: tail [-fqv] [-n [+]LINES | -c [+]BYTES] [-s SECONDS] [FILE...]\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Print the last 10 lines of each FILE (standard input for none or \"-\").\n"
          "  -n N      the last N lines; -n +N: from line N on\n"
          "  -c N      the last N bytes; -c +N: from byte N on\n"
          "  -f        then keep printing what is appended to the files (Ctrl-C ends it)\n"
          "  -s S      with -f, look for new data every S seconds (1 by default)\n"
          "  -q        never print headers with the file names\n"
          "  -v        always print headers with the file names\n"
          "  --help    show this help\n"
          "N may end in b (512), K, M, G, T, P, E (1024^n, also KiB ...), KB, MB, ... (1000^n).\n"
          "The old forms -N, +N (with c or l after N, and f) are understood too.\n",
          stdout);
}

static void fail_usage(void) {
    fputs(usage_line, stderr);
    exit(1);
}

/* What to print of each file. */
static unsigned long long count = 10;
static int by_bytes, from_start;

/* Multiplies with saturation; returns -1 on overflow. */
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
            int power = (int)(found - powers) + 1;
            const char *rest = text + 1;
            unsigned long long base = 1024;
            if (strcmp(rest, "B") == 0)
                base = 1000;
            else if (*rest && strcmp(rest, "iB") != 0)
                return -1;
            overflow |= scale(&number, base, power) < 0;
        } else {
            return -1;
        }
    }
    *value = number;
    return overflow ? -2 : 0;
}

/* Sets `count` and `from_start` from a -n or -c argument. */
static void parse_count(const char *text, const char *what) {
    const char *digits = text;
    from_start = 0;
    if (*digits == '+') {
        from_start = 1;
        digits++;
    } else if (*digits == '-') {
        digits++;
        text++;
    }
    int result = parse_number(digits, &count);
    if (result == -1) {
        fprintf(stderr, "tail: invalid number of %s: '%s'\n", what, text);
        exit(1);
    }
    if (result == -2) {
        fprintf(stderr, "tail: invalid number of %s: '%s': Value too large for defined data type\n", what, text);
        exit(1);
    }
}

/* Writes all of `buffer` to standard output. */
static void write_all(const char *buffer, size_t length) {
    for (size_t done = 0; done < length;) {
        ssize_t written = write(1, buffer + done, length - done);
        if (written <= 0) {
            /* A reader that went away only means nothing more is wanted. */
            if (written < 0 && errno == EPIPE)
                exit(0);
            fprintf(stderr, "tail: error writing 'standard output': %s\n", strerror(written < 0 ? errno : EIO));
            exit(1);
        }
        done += (size_t)written;
    }
}

static char buffer[65536];

/* Copies `fd` from its offset to the end; returns 0 or an errno value. */
static int copy_rest(int fd) {
    for (;;) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0)
            return errno;
        if (got == 0)
            return 0;
        write_all(buffer, (size_t)got);
    }
}

/* -n +N and -c +N: skips to line or byte N, then copies. */
static int copy_from_start(int fd) {
    unsigned long long skip = count > 0 ? count - 1 : 0;
    while (skip > 0) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0)
            return errno;
        if (got == 0)
            return 0;
        size_t index = 0;
        if (by_bytes) {
            index = (unsigned long long)got < skip ? (size_t)got : (size_t)skip;
            skip -= index;
        } else {
            while (index < (size_t)got && skip > 0) {
                if (buffer[index++] == '\n')
                    skip--;
            }
        }
        write_all(buffer + index, (size_t)got - index);
    }
    return copy_rest(fd);
}

/* Where the last `count` lines of text[0, length) start. */
static size_t last_lines_start(const char *text, size_t length) {
    if (count == 0)
        return length;
    size_t at = length;
    /* The newline that ends the text ends its last line and starts none. */
    if (at > 0 && text[at - 1] == '\n')
        at--;
    unsigned long long lines = 0;
    for (; at > 0; at--) {
        if (text[at - 1] == '\n' && ++lines == count)
            return at;
    }
    return 0;
}

/* The last lines or bytes of a file that can be read backwards, from its
 * offset `first` (0 unless standard input was read from before) to `size`. */
static int copy_end_seekable(int fd, off_t first, off_t size) {
    if (by_bytes) {
        off_t start = (unsigned long long)(size - first) > count ? size - (off_t)count : first;
        if (lseek(fd, start, SEEK_SET) < 0)
            return errno;
        return copy_rest(fd);
    }
    /* Read blocks backwards, counting newlines, until enough lines are seen. */
    off_t end = size, start = size;
    unsigned long long lines = 0;
    int last_checked = 0;
    while (start > first) {
        off_t block_start = start - first > (off_t)sizeof buffer ? start - (off_t)sizeof buffer : first;
        size_t length = (size_t)(start - block_start);
        if (lseek(fd, block_start, SEEK_SET) < 0)
            return errno;
        for (size_t done = 0; done < length;) {
            ssize_t got = read(fd, buffer + done, length - done);
            if (got < 0)
                return errno;
            if (got == 0)
                return EIO;
            done += (size_t)got;
        }
        for (size_t index = length; index > 0; index--) {
            if (!last_checked) {
                /* The newline ending the file ends the last line, no line after it. */
                last_checked = 1;
                if (buffer[index - 1] == '\n' && block_start + (off_t)index == end)
                    continue;
            }
            if (buffer[index - 1] == '\n' && ++lines == count) {
                if (lseek(fd, block_start + (off_t)index, SEEK_SET) < 0)
                    return errno;
                return copy_rest(fd);
            }
        }
        start = block_start;
    }
    if (count == 0)
        return 0;
    if (lseek(fd, first, SEEK_SET) < 0)
        return errno;
    return copy_rest(fd);
}

/* The last lines or bytes of a pipe or device: everything is read, keeping
 * no more than is needed. */
static int copy_end_stream(int fd) {
    size_t capacity = 65536, used = 0;
    char *text = malloc(capacity);
    if (!text)
        return ENOMEM;
    for (;;) {
        if (used == capacity) {
            /* Drop what can no longer be part of the end before growing. */
            size_t keep_from = by_bytes ? (used > count ? used - (size_t)count : 0) : last_lines_start(text, used);
            if (keep_from > 0) {
                memmove(text, text + keep_from, used - keep_from);
                used -= keep_from;
            }
            if (used > capacity / 2) {
                char *larger = realloc(text, capacity * 2);
                if (!larger) {
                    free(text);
                    return ENOMEM;
                }
                text = larger;
                capacity *= 2;
            }
        }
        ssize_t got = read(fd, text + used, capacity - used);
        if (got < 0) {
            int error = errno;
            free(text);
            return error;
        }
        if (got == 0)
            break;
        used += (size_t)got;
    }
    size_t start = by_bytes ? (used > count ? used - (size_t)count : 0) : last_lines_start(text, used);
    write_all(text + start, used - start);
    free(text);
    return 0;
}

/* A file being printed (and followed with -f). */
struct input {
    const char *name;   /* as given, "-" for standard input */
    const char *shown;  /* in headers */
    int fd;
    off_t offset;       /* how much has been printed, for -f */
    int followed;
};

static int header_mode; /* 0: for several files, 'q' never, 'v' always */
static int show_headers;
static struct input *last_shown;

static void print_header(struct input *input) {
    if (!show_headers || last_shown == input)
        return;
    char header[512];
    int length = snprintf(header, sizeof header, "%s==> %s <==\n", last_shown ? "\n" : "", input->shown);
    write_all(header, length < (int)sizeof header ? (size_t)length : sizeof header - 1);
    last_shown = input;
}

static void report(const char *how, const struct input *input, int error) {
    fprintf(stderr, "tail: %s '%s'%s%s\n", how, input->shown, error ? ": " : "", error ? strerror(error) : "");
}

/* Prints the end of one input; returns 0 or 1 for the exit status. */
static int print_input(struct input *input, int follow) {
    int is_standard_input = strcmp(input->name, "-") == 0;
    input->fd = is_standard_input ? 0 : open(input->name, O_RDONLY);
    if (input->fd < 0) {
        int error = errno;
        fprintf(stderr, "tail: cannot open '%s' for reading: %s\n", input->name, strerror(error));
        return 1;
    }
    print_header(input);
    struct stat status;
    int regular = fstat(input->fd, &status) == 0 && S_ISREG(status.st_mode);
    off_t first = regular ? lseek(input->fd, 0, SEEK_CUR) : -1;
    int error;
    if (from_start)
        error = copy_from_start(input->fd);
    else if (first >= 0)
        error = copy_end_seekable(input->fd, first, lseek(input->fd, 0, SEEK_END));
    else
        error = copy_end_stream(input->fd);
    if (error) {
        report("error reading", input, error);
        if (!is_standard_input)
            close(input->fd);
        input->fd = -1;
        return 1;
    }
    /* Only files can grow under tail's eyes; a pipe has ended by now. */
    if (follow && regular) {
        input->offset = lseek(input->fd, 0, SEEK_CUR);
        input->followed = 1;
    } else if (!is_standard_input) {
        close(input->fd);
    }
    return 0;
}

/* Prints what was appended to a followed file since the last look. */
static void catch_up(struct input *input) {
    struct stat status;
    if (fstat(input->fd, &status) != 0)
        return;
    if (status.st_size < input->offset) {
        fprintf(stderr, "tail: %s: file truncated\n", input->shown);
        input->offset = 0;
    }
    if (status.st_size == input->offset)
        return;
    if (lseek(input->fd, input->offset, SEEK_SET) < 0)
        return;
    for (;;) {
        ssize_t got = read(input->fd, buffer, sizeof buffer);
        if (got <= 0)
            break;
        print_header(input);
        write_all(buffer, (size_t)got);
        input->offset += got;
    }
}

static void follow(struct input *inputs, size_t input_count, double interval) {
    struct timespec pause;
    pause.tv_sec = (time_t)interval;
    pause.tv_nsec = (long)((interval - (double)pause.tv_sec) * 1e9);
    for (;;) {
        nanosleep(&pause, NULL);
        for (size_t index = 0; index < input_count; index++) {
            if (inputs[index].followed)
                catch_up(&inputs[index]);
        }
    }
}

/* Whether `text` is the old form [+-]N[bcl][f]; sets the options if so. */
static int parse_old_form(const char *text, int *follow_it) {
    if ((text[0] != '-' && text[0] != '+') || !isdigit((unsigned char)text[1]))
        return 0;
    const char *at = text + 1;
    unsigned long long number = 0;
    for (; isdigit((unsigned char)*at); at++)
        number = number > (~0ULL - 9) / 10 ? ~0ULL : number * 10 + (unsigned long long)(*at - '0');
    int bytes = 0;
    if (*at == 'b' || *at == 'c' || *at == 'l') {
        bytes = *at != 'l';
        if (*at == 'b' && scale(&number, 512, 1) < 0)
            number = ~0ULL;
        at++;
    }
    int follow_flag = 0;
    if (*at == 'f') {
        follow_flag = 1;
        at++;
    }
    if (*at)
        return 0;
    count = number;
    by_bytes = bytes;
    from_start = text[0] == '+';
    *follow_it = follow_flag;
    return 1;
}

int main(int argc, char **argv) {
    char **operands = malloc((size_t)argc * sizeof *operands);
    size_t operand_count = 0;
    int follow_files = 0;
    double interval = 1.0;
    /* The old form counts only as the first argument, with one file at most. */
    if (argc >= 2 && (argc == 2 || (argc == 3 && !(argv[2][0] == '-' && argv[2][1]))) &&
        parse_old_form(argv[1], &follow_files))
        optind = 2;
    opterr = 0;
    while (optind < argc) {
        int before = optind;
        if (strcmp(argv[optind], "--help") == 0) {
            help();
            return 0;
        }
        if (strncmp(argv[optind], "--", 2) == 0 && argv[optind][2]) {
            fprintf(stderr, "tail: unrecognized option '%s'\n", argv[optind]);
            fail_usage();
        }
        int option = getopt(argc, argv, "c:fn:qs:v0123456789");
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
            by_bytes = option == 'c';
            parse_count(optarg, by_bytes ? "bytes" : "lines");
            break;
        case 'f':
            follow_files = 1;
            break;
        case 'q':
        case 'v':
            header_mode = option;
            break;
        case 's': {
            char *end;
            interval = strtod(optarg, &end);
            if (end == optarg || *end || !(interval >= 0)) {
                fprintf(stderr, "tail: invalid number of seconds: '%s'\n", optarg);
                return 1;
            }
            break;
        }
        case '?':
            if (strchr("cns", optopt))
                fprintf(stderr, "tail: option requires an argument -- '%c'\n", optopt);
            else
                fprintf(stderr, "tail: invalid option -- '%c'\n", optopt);
            fail_usage();
            break;
        default:
            fprintf(stderr, "tail: option used in invalid context -- %c\n", option);
            return 1;
        }
    }
    if (operand_count == 0)
        operands[operand_count++] = "-";
    show_headers = header_mode == 'v' || (header_mode == 0 && operand_count > 1);

    struct input *inputs = calloc(operand_count, sizeof *inputs);
    int status = 0, any_followed = 0;
    for (size_t index = 0; index < operand_count; index++) {
        inputs[index].name = operands[index];
        inputs[index].shown = strcmp(operands[index], "-") == 0 ? "standard input" : operands[index];
        status |= print_input(&inputs[index], follow_files);
        any_followed |= inputs[index].followed;
    }
    if (any_followed)
        follow(inputs, operand_count, interval);
    return status;
}
