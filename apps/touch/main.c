/* touch: sets the access and modification times of each FILE to now, or to
 * the time given, creating each FILE that does not exist, empty; "-" is
 * standard output.
 *   -a                  change only the access time
 *   -m                  change only the modification time
 *   -c, --no-create     create nothing: a missing FILE is left missing
 *   -d, --date=STRING   use STRING (see <wasmos/tool_date.h>) instead of now
 *   -t STAMP            use [[CC]YY]MMDDhhmm[.ss] instead of now
 *   -r, --reference=FILE  use FILE's times instead of now
 *   --time=WORD         access, atime or use: as -a; modify or mtime: as -m
 *   -h, --no-dereference, -f  accepted (WasmOS has no links)
 * WasmOS's stat shows the modification time only: an access time that -a
 * sets is kept, and read back through WASI. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos/tool_date.h>
#include <wasmos/tool_output.h>

static void usage(FILE *stream) {
    fprintf(stream, "usage: touch [OPTION]... FILE...\n"
                    "  -a                     change only the access time\n"
                    "  -c, --no-create        do not create any files\n"
                    "  -d, --date=STRING      use STRING instead of the current time\n"
                    "  -h, --no-dereference   (no links on WasmOS: no change)\n"
                    "  -m                     change only the modification time\n"
                    "  -r, --reference=FILE   use this file's times instead of the current time\n"
                    "  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of the current time\n"
                    "      --time=WORD        access, atime, use: like -a; modify, mtime: like -m\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'touch --help' for more information.\n");
    return 1;
}

/* What the command line asked for. */
struct request {
    int create;
    int change_access;
    int change_modification;
    const char *date;
    const char *reference;
    /* The time -t gave, read as soon as the option is seen (as GNU does). */
    int stamp_given;
    struct timespec stamp;
};

/* Touches one file with `times` (NULL: now); returns 0 or 1 after reporting. */
static int touch(const char *path, const struct request *request, const struct timespec times[2]) {
    int fd = -1, open_error = 0;
    if (strcmp(path, "-") == 0) {
        fd = STDOUT_FILENO;
    } else if (request->create) {
        fd = open(path, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY, 0666);
        if (fd < 0)
            open_error = errno;
    }
    int result = fd == STDOUT_FILENO ? futimens(fd, times) : utimensat(AT_FDCWD, path, times, 0);
    int error = errno;
    if (fd >= 0 && fd != STDOUT_FILENO)
        close(fd);
    if (result == 0)
        return 0;
    if (open_error) {
        fprintf(stderr, "touch: cannot touch %s: %s\n", wasmos_quote(path), strerror(open_error));
    } else {
        if (!request->create && error == ENOENT)
            return 0;
        fprintf(stderr, "touch: setting times of %s: %s\n", wasmos_quote(path), strerror(error));
    }
    return 1;
}

/* The value of an option that takes one: the rest of a cluster ("-dVALUE"),
 * or the next argument; NULL (after reporting) when there is none. */
static const char *short_value(char **argv, int argc, int *index, const char *flag) {
    if (flag[1])
        return flag + 1;
    if (*index + 1 >= argc) {
        fprintf(stderr, "touch: option requires an argument -- '%c'\n", *flag);
        return NULL;
    }
    return argv[++*index];
}

/* Whether `argument` is long option `name` ("--date") or a prefix of it
 * long enough to be unambiguous, with "=VALUE" or not; *value is set to
 * the text after '=' or NULL. */
static int long_option(const char *argument, const char *name, size_t shortest, const char **value) {
    size_t length = strcspn(argument, "=");
    if (length < shortest || length > strlen(name) || strncmp(argument, name, length) != 0)
        return 0;
    *value = argument[length] == '=' ? argument + length + 1 : NULL;
    return 1;
}

/* Reads a long option; returns 1 when it was one of touch's, 0 after
 * reporting a problem, -1 for --help. */
static int read_long_option(char **argv, int argc, int *index, struct request *request) {
    const char *argument = argv[*index], *value;
    if (long_option(argument, "--help", 3, &value))
        return -1;
    if (long_option(argument, "--no-create", 5, &value) || long_option(argument, "--no-dereference", 5, &value)) {
        if (value) {
            fprintf(stderr, "touch: option '%.*s' doesn't allow an argument\n", (int)strcspn(argument, "="),
                    argument);
            return 0;
        }
        if (argument[5] == 'c')
            request->create = 0;
        return 1;
    }
    const char **target = NULL;
    const char *name = NULL;
    if (long_option(argument, "--date", 3, &value)) {
        target = &request->date;
        name = "--date";
    } else if (long_option(argument, "--reference", 3, &value)) {
        target = &request->reference;
        name = "--reference";
    } else if (long_option(argument, "--time", 3, &value)) {
        name = "--time";
    } else {
        fprintf(stderr, "touch: unrecognized option '%s'\n", argument);
        return 0;
    }
    if (!value) {
        if (*index + 1 >= argc) {
            fprintf(stderr, "touch: option '%s' requires an argument\n", name);
            return 0;
        }
        value = argv[++*index];
    }
    if (target) {
        *target = value;
        return 1;
    }
    static const char *const access_words[] = {"access", "atime", "use"};
    static const char *const modify_words[] = {"modify", "mtime"};
    for (int word = 0; word < 3; word++)
        if (strcmp(value, access_words[word]) == 0)
            return request->change_access = 1;
    for (int word = 0; word < 2; word++)
        if (strcmp(value, modify_words[word]) == 0)
            return request->change_modification = 1;
    fprintf(stderr,
            "touch: invalid argument %s for '--time'\n"
            "Valid arguments are:\n"
            "  - 'atime', 'access', 'use'\n"
            "  - 'mtime', 'modify'\n",
            wasmos_quote(value));
    return 0;
}

/* Reads a cluster of short options ("-acm", "-d DATE"); returns 1, 0 after
 * reporting a usage problem, -1 after reporting a bad -t stamp. */
static int read_short_options(char **argv, int argc, int *index, struct request *request) {
    for (const char *flag = argv[*index] + 1; *flag; flag++) {
        switch (*flag) {
        case 'a': request->change_access = 1; break;
        case 'm': request->change_modification = 1; break;
        case 'c': request->create = 0; break;
        case 'f':
        case 'h': break;
        case 'd':
        case 't':
        case 'r': {
            const char *value = short_value(argv, argc, index, flag);
            if (!value)
                return 0;
            if (*flag == 'd') {
                request->date = value;
            } else if (*flag == 'r') {
                request->reference = value;
            } else if (wasmos_parse_stamp(value, &request->stamp) != 0) {
                fprintf(stderr, "touch: invalid date format %s\n", wasmos_quote(value));
                return -1;
            } else {
                request->stamp_given = 1;
            }
            return 1;
        }
        default: fprintf(stderr, "touch: invalid option -- '%c'\n", *flag); return 0;
        }
    }
    return 1;
}

/* The times to set from the request into times[2]; *now is set when both
 * are simply now. Returns 0, or 1 after reporting a problem. */
static int choose_times(const struct request *request, struct timespec times[2], int *now) {
    *now = 0;
    if (request->reference) {
        struct stat status;
        if (stat(request->reference, &status) != 0) {
            fprintf(stderr, "touch: failed to get attributes of %s: %s\n", wasmos_quote(request->reference),
                    strerror(errno));
            return 1;
        }
        times[0] = status.st_atim;
        times[1] = status.st_mtim;
    }
    if (request->date) {
        struct timespec when;
        if (wasmos_parse_date(request->date, &when) != 0) {
            fprintf(stderr, "touch: invalid date format %s\n", wasmos_quote(request->date));
            return 1;
        }
        times[0] = times[1] = when;
    } else if (request->stamp_given) {
        times[0] = times[1] = request->stamp;
    } else if (!request->reference) {
        times[0].tv_sec = times[1].tv_sec = 0;
        times[0].tv_nsec = times[1].tv_nsec = UTIME_NOW;
        *now = 1;
    }
    int both = request->change_access == request->change_modification;
    if (!both && !request->change_access)
        times[0].tv_nsec = UTIME_OMIT;
    if (!both && !request->change_modification)
        times[1].tv_nsec = UTIME_OMIT;
    if (!both)
        *now = 0;
    return 0;
}

int main(int argc, char **argv) {
    struct request request = {.create = 1};
    int operands = 0, options_done = 0;
    for (int index = 1; index < argc; index++) {
        char *argument = argv[index];
        if (options_done || argument[0] != '-' || !argument[1]) {
            argv[++operands] = argument;
        } else if (strcmp(argument, "--") == 0) {
            options_done = 1;
        } else if (argument[1] == '-') {
            int outcome = read_long_option(argv, argc, &index, &request);
            if (outcome < 0) {
                usage(stdout);
                return 0;
            }
            if (outcome == 0)
                return usage_error();
        } else {
            int outcome = read_short_options(argv, argc, &index, &request);
            if (outcome <= 0)
                return outcome < 0 ? 1 : usage_error();
        }
    }
    if (request.stamp_given && (request.date || request.reference)) {
        fprintf(stderr, "touch: cannot specify times from more than one source\n");
        return usage_error();
    }
    struct timespec times[2];
    int now;
    if (choose_times(&request, times, &now) != 0)
        return 1;
    if (operands == 0) {
        fprintf(stderr, "touch: missing file operand\n");
        return usage_error();
    }
    int status = 0;
    for (int index = 1; index <= operands; index++)
        status |= touch(argv[index], &request, now ? NULL : times);
    return status;
}
