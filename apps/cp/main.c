/* cp: copies SOURCE to DEST, or SOURCEs into the directory DEST; -r copies
 * directories with their contents. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int recursive;

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

static char *join_path(const char *directory, const char *name) {
    size_t name_length = strcspn(name, "/");
    char *path = malloc(strlen(directory) + name_length + 2);
    if (path)
        sprintf(path, "%s/%.*s", directory, (int)name_length, name);
    return path;
}

static int copy_file(const char *source, const char *target) {
    int input = open(source, O_RDONLY);
    if (input < 0) {
        fprintf(stderr, "cp: %s: %s\n", source, strerror(errno));
        return 1;
    }
    int output = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (output < 0) {
        fprintf(stderr, "cp: %s: %s\n", target, strerror(errno));
        close(input);
        return 1;
    }
    static char buffer[16384];
    int status = 0;
    for (;;) {
        ssize_t count = read(input, buffer, sizeof buffer);
        if (count < 0) {
            fprintf(stderr, "cp: %s: %s\n", source, strerror(errno));
            status = 1;
            break;
        }
        if (count == 0)
            break;
        if (write(output, buffer, (size_t)count) != count) {
            fprintf(stderr, "cp: %s: %s\n", target, strerror(errno));
            status = 1;
            break;
        }
    }
    close(input);
    close(output);
    return status;
}

static int copy_path(const char *source, const char *target);

static int copy_tree(const char *source, const char *target) {
    if (mkdir(target, 0755) < 0 && !(errno == EEXIST && is_directory(target))) {
        fprintf(stderr, "cp: %s: %s\n", target, strerror(errno));
        return 1;
    }
    DIR *directory = opendir(source);
    if (!directory) {
        fprintf(stderr, "cp: %s: %s\n", source, strerror(errno));
        return 1;
    }
    int status = 0;
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        char *child_source = join_path(source, entry->d_name);
        char *child_target = join_path(target, entry->d_name);
        if (child_source && child_target)
            status |= copy_path(child_source, child_target);
        free(child_source);
        free(child_target);
    }
    closedir(directory);
    return status;
}

static int copy_path(const char *source, const char *target) {
    struct stat status;
    if (stat(source, &status) < 0) {
        fprintf(stderr, "cp: %s: %s\n", source, strerror(errno));
        return 1;
    }
    if (S_ISDIR(status.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "cp: %s: %s (use -r)\n", source, strerror(EISDIR));
            return 1;
        }
        size_t length = strlen(source);
        if (strncmp(target, source, length) == 0 && target[length] == '/') {
            fprintf(stderr, "cp: %s: cannot copy a directory into itself\n", source);
            return 1;
        }
        return copy_tree(source, target);
    }
    return copy_file(source, target);
}

int main(int argc, char **argv) {
    int index = 1;
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        if (strcmp(argv[index], "-r") == 0 || strcmp(argv[index], "-R") == 0) {
            recursive = 1;
        } else {
            fprintf(stderr, "cp: invalid option %s\n", argv[index]);
            return 1;
        }
    }
    int operands = argc - index;
    if (operands < 2) {
        fprintf(stderr, "usage: cp [-r] SOURCE DEST | cp [-r] SOURCE... DIRECTORY\n");
        return 1;
    }
    const char *destination = argv[argc - 1];
    if (!is_directory(destination)) {
        if (operands > 2) {
            fprintf(stderr, "cp: %s: %s\n", destination, strerror(ENOTDIR));
            return 1;
        }
        return copy_path(argv[index], destination);
    }
    int status = 0;
    for (; index < argc - 1; index++) {
        char *target = join_path(destination, base_name(argv[index]));
        if (!target)
            return 1;
        status |= copy_path(argv[index], target);
        free(target);
    }
    return status;
}
