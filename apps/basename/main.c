/* basename: prints NAME without its leading directories, and without SUFFIX
 * when one is given and NAME is more than it.
 *   basename NAME [SUFFIX]
 *   basename [-a] [-s SUFFIX] [-z] NAME...
 *   -a  every operand is a NAME
 *   -s  remove SUFFIX (implies -a)
 *   -z  end each name with a NUL byte instead of a newline */
#include <stdio.h>
#include <string.h>
#include <wasmos/tool_output.h>

static void usage(FILE *stream) {
    fprintf(stream, "usage: basename NAME [SUFFIX]\n"
                    "   or: basename [-a] [-s SUFFIX] [-z] NAME...\n"
                    "  -a, --multiple        accept several NAMEs\n"
                    "  -s, --suffix=SUFFIX   remove a trailing SUFFIX; implies -a\n"
                    "  -z, --zero            end each output name with NUL, not newline\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'basename --help' for more information.\n");
    return 1;
}

/* Prints the last component of `name`, less `suffix` (NULL for none). */
static void print_base(const char *name, const char *suffix, char terminator) {
    size_t length = strlen(name);
    while (length > 1 && name[length - 1] == '/')
        length--;
    const char *start = name;
    if (!(length == 1 && name[0] == '/')) {
        for (size_t index = 0; index < length; index++) {
            if (name[index] == '/')
                start = name + index + 1;
        }
        length -= (size_t)(start - name);
    }
    if (suffix) {
        size_t suffix_length = strlen(suffix);
        if (suffix_length < length && memcmp(start + length - suffix_length, suffix, suffix_length) == 0)
            length -= suffix_length;
    }
    fwrite(start, 1, length, stdout);
    putchar(terminator);
}

int main(int argc, char **argv) {
    int multiple = 0;
    char terminator = '\n';
    const char *suffix = NULL;
    int index = 1;
    /* Options come first: the first NAME ends them, as in GNU's. */
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--") == 0) {
            index++;
            break;
        }
        if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argument, "--multiple") == 0) {
            multiple = 1;
            continue;
        }
        if (strcmp(argument, "--zero") == 0) {
            terminator = '\0';
            continue;
        }
        if (strncmp(argument, "--suffix=", 9) == 0) {
            suffix = argument + 9;
            multiple = 1;
            continue;
        }
        if (argument[1] == '-') {
            fprintf(stderr, "basename: unrecognized option '%s'\n", argument);
            return usage_error();
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            if (*flag == 'a') {
                multiple = 1;
            } else if (*flag == 'z') {
                terminator = '\0';
            } else if (*flag == 's') {
                if (flag[1]) {
                    suffix = flag + 1;
                } else if (index + 1 < argc) {
                    suffix = argv[++index];
                } else {
                    fprintf(stderr, "basename: option requires an argument -- 's'\n");
                    return usage_error();
                }
                multiple = 1;
                break;
            } else {
                fprintf(stderr, "basename: invalid option -- '%c'\n", *flag);
                return usage_error();
            }
        }
    }
    int operands = argc - index;
    if (operands == 0) {
        fprintf(stderr, "basename: missing operand\n");
        return usage_error();
    }
    if (!multiple) {
        if (operands > 2) {
            fprintf(stderr, "basename: extra operand %s\n", wasmos_quote(argv[index + 2]));
            return usage_error();
        }
        print_base(argv[index], operands == 2 ? argv[index + 1] : NULL, terminator);
        return 0;
    }
    for (; index < argc; index++)
        print_base(argv[index], suffix, terminator);
    return 0;
}
