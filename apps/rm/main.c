/* rm: removes files; -r removes directories with their contents, -f ignores
 * missing files. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int recursive;
static int force;

static int remove_path(const char *path);

static int remove_tree(const char *path) {
    /* Collect the names first: removing while reading would disturb readdir. */
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return 1;
    }
    size_t count = 0, capacity = 16;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while (names && (entry = readdir(directory))) {
        if (count == capacity) {
            char **bigger = realloc(names, 2 * capacity * sizeof *names);
            if (!bigger)
                break;
            names = bigger;
            capacity *= 2;
        }
        names[count++] = strdup(entry->d_name);
    }
    closedir(directory);
    int status = 0;
    for (size_t index = 0; index < count; index++) {
        if (!names[index])
            continue;
        char *child = malloc(strlen(path) + strlen(names[index]) + 2);
        if (child) {
            sprintf(child, "%s/%s", path, names[index]);
            status |= remove_path(child);
            free(child);
        }
        free(names[index]);
    }
    free(names);
    if (rmdir(path) < 0) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return 1;
    }
    return status;
}

static int remove_path(const char *path) {
    struct stat status;
    if (stat(path, &status) < 0) {
        if (force && errno == ENOENT)
            return 0;
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (S_ISDIR(status.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "rm: %s: %s\n", path, strerror(EISDIR));
            return 1;
        }
        return remove_tree(path);
    }
    if (unlink(path) < 0) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    int index = 1;
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        if (strcmp(argv[index], "--") == 0) {
            index++;
            break;
        }
        for (const char *flag = argv[index] + 1; *flag; flag++) {
            if (*flag == 'r' || *flag == 'R')
                recursive = 1;
            else if (*flag == 'f')
                force = 1;
            else {
                fprintf(stderr, "rm: invalid option -- '%c'\n", *flag);
                return 1;
            }
        }
    }
    if (index >= argc) {
        if (force)
            return 0;
        fprintf(stderr, "rm: missing operand\n");
        return 1;
    }
    int status = 0;
    for (; index < argc; index++)
        status |= remove_path(argv[index]);
    return status;
}
