/* stat: shows what the file system knows about each FILE.
 *   -c, --format=FORMAT  print FORMAT and a newline for each file
 *   --printf=FORMAT      print FORMAT, interpreting backslash escapes, with
 *                        no newline added
 *   -t, --terse          GNU's terse one-line form
 *   -L, --dereference    follow links (WasmOS has none: no change)
 * FORMAT's directives, with printf's flags, width and precision:
 *   %n name  %N quoted name  %s size  %F type  %a mode (octal)  %A mode
 *   (ls -l form)  %f raw mode (hex)  %h links  %b blocks  %B block size
 *   %o I/O block size  %i inode  %d %D device (decimal, hex)  %t %T device
 *   type (hex)  %u %g owner ids  %U %G owner names  %m mount point
 *   %x %y %z access, modification, change time  %X %Y %Z the same in
 *   seconds (%.3Y: with a fraction)  %w %W birth time ("-", 0: unknown)
 * WasmOS's VFS keeps a kind, a size and a modification time; the access and
 * change times are that time, inodes and devices are 0, and as there is no
 * user database the owner (uid 0) has no name: UNKNOWN, as GNU prints it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <wasmos/tool_output.h>

#define TERSE_FORMAT "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o"
#define DEFAULT_FORMAT                                                                                                 \
    "  File: %n\n"                                                                                                     \
    "  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"                                                                 \
    "Device: %d\tInode: %-11i Links: %h\n"                                                                             \
    "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"                                                        \
    "Access: %x\n"                                                                                                     \
    "Modify: %y\n"                                                                                                     \
    "Change: %z\n"                                                                                                     \
    " Birth: %w\n"

static void usage(FILE *stream) {
    fprintf(stream, "usage: stat [-L] [-t] [-c FORMAT | --printf=FORMAT] FILE...\n"
                    "  -c, --format=FORMAT  use FORMAT, with a newline after each file\n"
                    "      --printf=FORMAT  like -c, but interpret backslash escapes, no newline\n"
                    "  -t, --terse          print the information in terse form\n"
                    "  -L, --dereference    follow links (there are none)\n"
                    "FORMAT: %%n %%N %%s %%F %%a %%A %%f %%h %%b %%B %%o %%i %%d %%D %%t %%T %%u %%g %%U %%G\n"
                    "        %%m %%x %%y %%z %%X %%Y %%Z %%w %%W %%%%\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'stat --help' for more information.\n");
    return 1;
}

/* The directive being printed: its flags, width and precision ("%-10.3"). */
struct directive {
    char spec[32];
};

static void print_string(const struct directive *directive, const char *value) {
    /* A string takes only the '-' flag, then the width and precision. */
    char format[40];
    size_t flag_count = strspn(directive->spec + 1, "-+ #0'");
    int left = memchr(directive->spec + 1, '-', flag_count) != NULL;
    snprintf(format, sizeof format, "%%%s%ss", left ? "-" : "", directive->spec + 1 + flag_count);
    printf(format, value);
}

/* Prints a number with the directive's flags and `conversion` (u, o, x, d). */
static void print_number(const struct directive *directive, unsigned long long value, char conversion) {
    char format[40];
    snprintf(format, sizeof format, "%sll%c", directive->spec, conversion);
    printf(format, value);
}

/* "2024-01-31 12:34:56.123456789 +0000", or "-" for an unknown time. */
static void print_time(const struct directive *directive, const struct timespec *when) {
    struct tm broken_down;
    char text[64];
    if (!when || !gmtime_r(&when->tv_sec, &broken_down)) {
        print_string(directive, "-");
        return;
    }
    size_t length = strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &broken_down);
    snprintf(text + length, sizeof text - length, ".%09ld +0000", when->tv_nsec);
    print_string(directive, text);
}

/* Seconds since 1970 with as many digits of fraction as the directive's
 * precision asks for (at most nine): %.3Y. */
static void print_seconds(const struct directive *directive, const struct timespec *when) {
    struct directive plain = *directive;
    char *dot = strchr(plain.spec, '.');
    int digits = atoi(dot + 1);
    *dot = '\0';
    if (digits > 9)
        digits = 9;
    long fraction = when->tv_nsec;
    for (int drop = 9; drop > digits; drop--)
        fraction /= 10;
    char text[48];
    if (digits > 0)
        snprintf(text, sizeof text, "%lld.%0*ld", (long long)when->tv_sec, digits, fraction);
    else
        snprintf(text, sizeof text, "%lld", (long long)when->tv_sec);
    print_string(&plain, text);
}

/* The kind as GNU names it. */
static const char *kind_name(const struct stat *status) {
    if (S_ISREG(status->st_mode))
        return status->st_size == 0 ? "regular empty file" : "regular file";
    if (S_ISDIR(status->st_mode))
        return "directory";
    if (S_ISCHR(status->st_mode))
        return "character special file";
    if (S_ISBLK(status->st_mode))
        return "block special file";
    if (S_ISFIFO(status->st_mode))
        return "fifo";
    if (S_ISLNK(status->st_mode))
        return "symbolic link";
    if (S_ISSOCK(status->st_mode))
        return "socket";
    return "weird file";
}

/* The mode as `ls -l` shows it: "drwxr-xr-x". */
static void mode_text(mode_t mode, char text[11]) {
    text[0] = S_ISDIR(mode)    ? 'd'
              : S_ISCHR(mode)  ? 'c'
              : S_ISBLK(mode)  ? 'b'
              : S_ISFIFO(mode) ? 'p'
              : S_ISLNK(mode)  ? 'l'
              : S_ISSOCK(mode) ? 's'
                               : '-';
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; bit++)
        text[1 + bit] = mode & (0400 >> bit) ? letters[bit] : '-';
    text[10] = '\0';
}

/* Prints one directive (the letter after the flags) for `name`. */
static void print_directive(const struct directive *directive, char letter, const char *name,
                            const struct stat *status) {
    char text[16];
    switch (letter) {
    case 'n': print_string(directive, name); break;
    case 'N': print_string(directive, wasmos_quote(name)); break;
    case 's': print_number(directive, (unsigned long long)status->st_size, 'u'); break;
    case 'F': print_string(directive, kind_name(status)); break;
    case 'a': print_number(directive, status->st_mode & 07777, 'o'); break;
    case 'A':
        mode_text(status->st_mode, text);
        print_string(directive, text);
        break;
    case 'f': print_number(directive, status->st_mode, 'x'); break;
    case 'h': print_number(directive, status->st_nlink, 'u'); break;
    case 'b': print_number(directive, (unsigned long long)status->st_blocks, 'u'); break;
    case 'B': print_number(directive, 512, 'u'); break;
    case 'o': print_number(directive, (unsigned long long)status->st_blksize, 'u'); break;
    case 'i': print_number(directive, status->st_ino, 'u'); break;
    case 'd': print_number(directive, status->st_dev, 'u'); break;
    case 'D': print_number(directive, status->st_dev, 'x'); break;
    case 't': print_number(directive, status->st_rdev >> 8, 'x'); break;
    case 'T': print_number(directive, status->st_rdev & 0xff, 'x'); break;
    case 'u': print_number(directive, status->st_uid, 'u'); break;
    case 'g': print_number(directive, status->st_gid, 'u'); break;
    case 'U':
    case 'G': print_string(directive, "UNKNOWN"); break;
    case 'm': print_string(directive, "/"); break;
    case 'x': print_time(directive, &status->st_atim); break;
    case 'y': print_time(directive, &status->st_mtim); break;
    case 'z': print_time(directive, &status->st_ctim); break;
    case 'w': print_time(directive, NULL); break;
    case 'X':
    case 'Y':
    case 'Z': {
        const struct timespec *when = letter == 'X' ? &status->st_atim : letter == 'Y' ? &status->st_mtim : &status->st_ctim;
        if (strchr(directive->spec, '.'))
            print_seconds(directive, when);
        else
            print_number(directive, (unsigned long long)when->tv_sec, 'd');
        break;
    }
    case 'W': print_number(directive, 0, 'd'); break;
    default: print_string(directive, "?"); break;
    }
}

/* Prints the character of a backslash escape at *cursor, advancing it. */
static void print_escape(const char **cursor) {
    static const char simple[] = "\\\\\"\"a\ab\be\033f\fn\nr\rt\tv\v";
    char letter = *(*cursor)++;
    for (const char *pair = simple; *pair; pair += 2) {
        if (*pair == letter) {
            putchar(pair[1]);
            return;
        }
    }
    if (letter >= '0' && letter <= '7') {
        int value = letter - '0';
        for (int more = 0; more < 2 && **cursor >= '0' && **cursor <= '7'; more++)
            value = value * 8 + (*(*cursor)++ - '0');
        putchar(value);
    } else if (letter == 'x' && strchr("0123456789abcdefABCDEF", **cursor) && **cursor) {
        char digits[3] = {*(*cursor)++, 0, 0};
        if (**cursor && strchr("0123456789abcdefABCDEF", **cursor))
            digits[1] = *(*cursor)++;
        putchar((int)strtol(digits, NULL, 16));
    } else {
        putchar('\\');
        if (letter)
            putchar(letter);
        else
            --*cursor;
    }
}

/* Prints `format` for one file. */
static void print_format(const char *format, int escapes, const char *name, const struct stat *status) {
    for (const char *cursor = format; *cursor;) {
        if (escapes && *cursor == '\\') {
            cursor++;
            print_escape(&cursor);
            continue;
        }
        if (*cursor != '%') {
            putchar(*cursor++);
            continue;
        }
        const char *start = cursor++;
        size_t flags = strspn(cursor, "-+ #0'");
        cursor += flags;
        while (*cursor >= '0' && *cursor <= '9')
            cursor++;
        if (*cursor == '.') {
            cursor++;
            while (*cursor >= '0' && *cursor <= '9')
                cursor++;
        }
        if (*cursor == '%' && cursor == start + 1) {
            putchar('%');
            cursor++;
            continue;
        }
        if (!*cursor) {
            fputs(start, stdout);
            break;
        }
        struct directive directive;
        size_t length = (size_t)(cursor - start);
        if (length >= sizeof directive.spec)
            length = sizeof directive.spec - 1;
        memcpy(directive.spec, start, length);
        directive.spec[length] = '\0';
        print_directive(&directive, *cursor++, name, status);
    }
}

int main(int argc, char **argv) {
    const char *format = NULL;
    int escapes = 0, newline = 1;
    int operands = 0, options_done = 0;
    for (int index = 1; index < argc; index++) {
        char *argument = argv[index];
        if (options_done || argument[0] != '-' || !argument[1]) {
            argv[++operands] = argument; /* operands collect at the front */
            continue;
        }
        if (strcmp(argument, "--") == 0) {
            options_done = 1;
        } else if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strncmp(argument, "--format", 8) == 0 || strncmp(argument, "--printf", 8) == 0) {
            if (argument[8] != '=' && (argument[8] || index + 1 == argc)) {
                fprintf(stderr, argument[8] ? "stat: unrecognized option '%s'\n"
                                            : "stat: option '%s' requires an argument\n",
                        argument);
                return usage_error();
            }
            format = argument[8] ? argument + 9 : argv[++index];
            escapes = argument[2] == 'p';
            newline = !escapes;
        } else if (strcmp(argument, "--terse") == 0) {
            format = TERSE_FORMAT;
        } else if (strcmp(argument, "--dereference") == 0) {
            continue;
        } else if (argument[1] == '-') {
            fprintf(stderr, "stat: unrecognized option '%s'\n", argument);
            return usage_error();
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (*flag == 'L') {
                    continue;
                } else if (*flag == 't') {
                    format = TERSE_FORMAT;
                    escapes = 0;
                    newline = 1;
                } else if (*flag == 'c') {
                    format = flag[1] ? flag + 1 : index + 1 < argc ? argv[++index] : NULL;
                    if (!format) {
                        fprintf(stderr, "stat: option requires an argument -- 'c'\n");
                        return usage_error();
                    }
                    escapes = 0;
                    newline = 1;
                    break;
                } else {
                    fprintf(stderr, "stat: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
            }
        }
    }
    if (operands == 0) {
        fprintf(stderr, "stat: missing operand\n");
        return usage_error();
    }
    if (!format) {
        format = DEFAULT_FORMAT;
        newline = 0;
    }
    int exit_status = 0;
    for (int index = 1; index <= operands; index++) {
        struct stat status;
        if (stat(argv[index], &status) < 0) {
            fflush(stdout);
            fprintf(stderr, "stat: cannot statx %s: %s\n", wasmos_quote(argv[index]), strerror(errno));
            exit_status = 1;
            continue;
        }
        print_format(format, escapes, argv[index], &status);
        if (newline)
            putchar('\n');
    }
    return exit_status;
}
