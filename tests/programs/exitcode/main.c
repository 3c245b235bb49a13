/* exitcode: exits with the status given as its argument (for tests). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: exitcode N\n");
        return 2;
    }
    char *end;
    long status = strtol(argv[1], &end, 10);
    if (*end || end == argv[1]) {
        fprintf(stderr, "exitcode: %s: not a number\n", argv[1]);
        return 2;
    }
    exit((int)status);
}
