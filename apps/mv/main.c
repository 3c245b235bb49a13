/* mv: renames SOURCE to DEST, or moves SOURCEs into the directory DEST. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int is_directory(const char *path) {
    struct stat status;
    return stat(path, &status) == 0 && S_ISDIR(status.st_mode);
}

static const char *base_name(const char *path) {
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
        length--;
    const char *start = path + length;
    while (start > path && start[-1] != '/')
        start--;
    return start;
}

static int move(const char *source, const char *target) {
    if (rename(source, target) < 0) {
        fprintf(stderr, "mv: %s: %s\n", source, strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: mv SOURCE DEST | mv SOURCE... DIRECTORY\n");
        return 1;
    }
    const char *destination = argv[argc - 1];
    if (!is_directory(destination)) {
        if (argc > 3) {
            fprintf(stderr, "mv: %s: %s\n", destination, strerror(ENOTDIR));
            return 1;
        }
        return move(argv[1], destination);
    }
    int status = 0;
    for (int index = 1; index < argc - 1; index++) {
        const char *name = base_name(argv[index]);
        char *target = malloc(strlen(destination) + strlen(name) + 2);
        if (!target)
            return 1;
        sprintf(target, "%s/%s", destination, name);
        status |= move(argv[index], target);
        free(target);
    }
    return status;
}
