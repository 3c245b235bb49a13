/* dirname: prints each NAME without its last component ("." when nothing
 * is left); -z ends each line with a NUL byte instead of a newline. */
#include <stdio.h>
#include <string.h>

static void usage(FILE *stream) {
    fprintf(stream, "usage: dirname [-z] NAME...\n"
                    "  -z, --zero   end each output line with NUL, not newline\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'dirname --help' for more information.\n");
    return 1;
}

/* Prints the directory part of `name`: up to its last component, without
 * the slashes before that component (a leading one stays). */
static void print_directory(const char *name, char terminator) {
    size_t prefix = name[0] == '/';
    /* Where the last component starts (the end, for "/" or "a/" alike). */
    size_t base = 0;
    int after_slash = 0;
    for (size_t index = 0; name[index]; index++) {
        if (name[index] == '/') {
            after_slash = 1;
        } else if (after_slash || index == 0) {
            base = index;
            after_slash = 0;
        }
    }
    if (base == 0 && name[0] == '/')
        base = strlen(name); /* nothing but slashes */
    size_t length = base;
    while (length > prefix && name[length - 1] == '/')
        length--;
    if (length == 0)
        fputs(".", stdout);
    else
        fwrite(name, 1, length, stdout);
    putchar(terminator);
}

int main(int argc, char **argv) {
    char terminator = '\n';
    int operands = 0;
    int options_done = 0;
    /* Options may come anywhere before "--", as in GNU's. */
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (options_done || argument[0] != '-' || !argument[1]) {
            operands++;
            continue;
        }
        if (strcmp(argument, "--") == 0) {
            options_done = 1;
        } else if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argument, "--zero") == 0) {
            terminator = '\0';
        } else if (argument[1] == '-') {
            fprintf(stderr, "dirname: unrecognized option '%s'\n", argument);
            return usage_error();
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (*flag != 'z') {
                    fprintf(stderr, "dirname: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
                terminator = '\0';
            }
        }
    }
    if (operands == 0) {
        fprintf(stderr, "dirname: missing operand\n");
        return usage_error();
    }
    options_done = 0;
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (!options_done && argument[0] == '-' && argument[1]) {
            options_done = strcmp(argument, "--") == 0;
            continue;
        }
        print_directory(argument, terminator);
    }
    return 0;
}
