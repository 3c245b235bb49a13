/* echo: prints its arguments separated by spaces; -n leaves out the newline. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    int first = 1, newline = 1;
    if (argc > 1 && strcmp(argv[1], "-n") == 0) {
        newline = 0;
        first = 2;
    }
    for (int index = first; index < argc; index++) {
        if (index > first)
            putchar(' ');
        fputs(argv[index], stdout);
    }
    if (newline)
        putchar('\n');
    return 0;
}
