/* echo: prints its arguments separated by spaces and ended by a newline.
 *   -n  no newline at the end
 *   -e  interpret backslash escapes: \\ \a \b \c (stop here) \e \f \n \r
 *       \t \v \0NNN and \NNN (octal) \xHH (hex)
 *   -E  do not interpret them (the default)
 * As in GNU's, an argument is an option only if it is '-' and these letters,
 * and only before the first word; `echo --help` alone prints the usage. */
#include <stdio.h>
#include <string.h>

static void usage(void) {
    printf("usage: echo [-neE] [STRING]...\n"
           "  -n  do not print the trailing newline\n"
           "  -e  interpret backslash escapes (\\\\ \\a \\b \\c \\e \\f \\n \\r \\t \\v \\0NNN \\xHH)\n"
           "  -E  do not interpret backslash escapes (the default)\n");
}

/* Whether `argument` is a cluster of echo's option letters. */
static int is_option(const char *argument) {
    if (argument[0] != '-' || !argument[1])
        return 0;
    return argument[1 + strspn(argument + 1, "neE")] == '\0';
}

static int hex_value(char digit) {
    if (digit >= '0' && digit <= '9')
        return digit - '0';
    if (digit >= 'a' && digit <= 'f')
        return digit - 'a' + 10;
    if (digit >= 'A' && digit <= 'F')
        return digit - 'A' + 10;
    return -1;
}

static int is_octal(char digit) {
    return digit >= '0' && digit <= '7';
}

/* Prints `text` with its escapes interpreted; returns 0, or 1 after \c. */
static int print_escaped(const char *text) {
    static const char simple[] = "\\\\a\ab\be\033f\fn\nr\rt\tv\v";
    while (*text) {
        if (*text != '\\' || !text[1]) {
            putchar(*text++);
            continue;
        }
        char letter = text[1];
        text += 2;
        const char *pair = NULL;
        for (const char *entry = simple; *entry; entry += 2) {
            if (*entry == letter) {
                pair = entry;
                break;
            }
        }
        if (pair) {
            putchar(pair[1]);
        } else if (letter == 'c') {
            return 1;
        } else if (letter == 'x' && hex_value(*text) >= 0) {
            int value = hex_value(*text++);
            if (hex_value(*text) >= 0)
                value = value * 16 + hex_value(*text++);
            putchar(value);
        } else if (is_octal(letter)) {
            /* \0 takes up to three more digits, \1-\7 up to two. */
            int value = letter - '0';
            int more = letter == '0' ? 3 : 2;
            for (; more > 0 && is_octal(*text); more--)
                value = value * 8 + (*text++ - '0');
            putchar(value & 0xff);
        } else {
            putchar('\\');
            putchar(letter);
        }
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        usage();
        return 0;
    }
    int newline = 1, escapes = 0, first = 1;
    for (; first < argc && is_option(argv[first]); first++) {
        for (const char *flag = argv[first] + 1; *flag; flag++) {
            if (*flag == 'n')
                newline = 0;
            else
                escapes = *flag == 'e';
        }
    }
    for (int index = first; index < argc; index++) {
        if (index > first)
            putchar(' ');
        if (!escapes)
            fputs(argv[index], stdout);
        else if (print_escaped(argv[index]))
            return 0;
    }
    if (newline)
        putchar('\n');
    return 0;
}
