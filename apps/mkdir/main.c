/* mkdir: creates directories; -p creates missing parents and accepts existing ones. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static int make_parents(char *path) {
    for (char *slash = path + 1; *slash; slash++) {
        if (*slash != '/')
            continue;
        *slash = '\0';
        int result = mkdir(path, 0755);
        int error = errno;
        *slash = '/';
        if (result < 0 && error != EEXIST) {
            errno = error;
            return -1;
        }
    }
    if (mkdir(path, 0755) < 0) {
        struct stat status;
        if (errno == EEXIST && stat(path, &status) == 0 && S_ISDIR(status.st_mode))
            return 0;
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    int parents = 0, status = 0, operands = 0;
    for (int index = 1; index < argc; index++) {
        if (strcmp(argv[index], "-p") == 0) {
            parents = 1;
            continue;
        }
        operands++;
        int result = parents ? make_parents(argv[index]) : mkdir(argv[index], 0755);
        if (result < 0) {
            fprintf(stderr, "mkdir: %s: %s\n", argv[index], strerror(errno));
            status = 1;
        }
    }
    if (operands == 0) {
        fprintf(stderr, "mkdir: missing operand\n");
        return 1;
    }
    return status;
}
