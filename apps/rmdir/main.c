/* rmdir: removes empty directories. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "rmdir: missing operand\n");
        return 1;
    }
    int status = 0;
    for (int index = 1; index < argc; index++) {
        if (rmdir(argv[index]) < 0) {
            fprintf(stderr, "rmdir: %s: %s\n", argv[index], strerror(errno));
            status = 1;
        }
    }
    return status;
}
