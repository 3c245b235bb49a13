/* tee: copies standard input to standard output and to each FILE, which is
 * truncated first, or appended to with -a. A file that cannot be opened or
 * written is reported and left out; the others go on. A reader of standard
 * output that goes away only ends the copy to standard output. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] = "usage: tee [-a] [FILE...]\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Copy standard input to standard output and to each FILE.\n"
          "  -a        append to the FILEs instead of overwriting them\n"
          "  --help    show this help\n",
          stdout);
}

/* One destination: its fd (-1 once it failed) and name for messages. */
struct destination {
    int fd;
    const char *name;
};

/* Writes all of `buffer` to `fd`; returns 0 or an errno value. */
static int write_all(int fd, const char *buffer, size_t length) {
    for (size_t done = 0; done < length;) {
        ssize_t written = write(fd, buffer + done, length - done);
        if (written <= 0)
            return written < 0 ? errno : EIO;
        done += (size_t)written;
    }
    return 0;
}

int main(int argc, char **argv) {
    int append = 0;
    struct destination *destinations = malloc(((size_t)argc + 1) * sizeof *destinations);
    size_t count = 0;
    destinations[count++] = (struct destination){1, "standard output"};
    char **operands = malloc((size_t)argc * sizeof *operands);
    size_t operand_count = 0;
    opterr = 0;
    while (optind < argc) {
        int before = optind;
        if (strcmp(argv[optind], "--help") == 0) {
            help();
            return 0;
        }
        if (strncmp(argv[optind], "--", 2) == 0 && argv[optind][2]) {
            fprintf(stderr, "tee: unrecognized option '%s'\n", argv[optind]);
            fputs(usage_line, stderr);
            return 1;
        }
        int option = getopt(argc, argv, "a");
        if (option == -1) {
            if (strcmp(argv[before], "--") == 0) {
                while (optind < argc)
                    operands[operand_count++] = argv[optind++];
            } else {
                operands[operand_count++] = argv[optind++];
            }
        } else if (option == 'a') {
            append = 1;
        } else {
            fprintf(stderr, "tee: invalid option -- '%c'\n", optopt);
            fputs(usage_line, stderr);
            return 1;
        }
    }

    int status = 0;
    int flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC);
    for (size_t index = 0; index < operand_count; index++) {
        int fd = open(operands[index], flags, 0666);
        if (fd < 0) {
            fprintf(stderr, "tee: %s: %s\n", operands[index], strerror(errno));
            status = 1;
            continue;
        }
        destinations[count++] = (struct destination){fd, operands[index]};
    }

    static char buffer[16384];
    for (;;) {
        ssize_t got = read(0, buffer, sizeof buffer);
        if (got < 0) {
            fprintf(stderr, "tee: read error: %s\n", strerror(errno));
            status = 1;
            break;
        }
        if (got == 0)
            break;
        for (size_t index = 0; index < count; index++) {
            if (destinations[index].fd < 0)
                continue;
            int error = write_all(destinations[index].fd, buffer, (size_t)got);
            if (error) {
                if (!(index == 0 && error == EPIPE)) {
                    fprintf(stderr, "tee: %s: %s\n", destinations[index].name, strerror(error));
                    status = 1;
                }
                destinations[index].fd = -1;
            }
        }
    }
    for (size_t index = 1; index < count; index++) {
        if (destinations[index].fd >= 0)
            close(destinations[index].fd);
    }
    return status;
}
