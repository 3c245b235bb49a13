/* ls: lists directories (entries in name order) and files.
 *   -l  long format: kind (d directory, c device, - file), size, name
 *   -a  also list . and ..
 *   -1  one entry per line (always the case) */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int long_format;
static int show_all;

static char kind_letter(mode_t mode) {
    return S_ISDIR(mode) ? 'd' : S_ISCHR(mode) ? 'c' : '-';
}

static void print_entry(const char *name, const struct stat *status) {
    if (long_format)
        printf("%c %10lld %s\n", kind_letter(status->st_mode), (long long)status->st_size, name);
    else
        printf("%s\n", name);
}

static char *join_path(const char *directory, const char *name) {
    size_t directory_length = strlen(directory);
    int needs_slash = directory_length > 0 && directory[directory_length - 1] != '/';
    char *path = malloc(directory_length + strlen(name) + 2);
    if (path)
        sprintf(path, "%s%s%s", directory, needs_slash ? "/" : "", name);
    return path;
}

static int compare_names(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

static int list_directory(const char *path) {
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
        return 1;
    }
    size_t count = 0, capacity = 16;
    char **names = malloc(capacity * sizeof *names);
    if (show_all && names) {
        names[count++] = strdup(".");
        names[count++] = strdup("..");
    }
    struct dirent *entry;
    while (names && (entry = readdir(directory))) {
        if (count == capacity) {
            capacity *= 2;
            char **bigger = realloc(names, capacity * sizeof *names);
            if (!bigger)
                break;
            names = bigger;
        }
        names[count++] = strdup(entry->d_name);
    }
    closedir(directory);
    if (!names) {
        fprintf(stderr, "ls: %s: %s\n", path, strerror(ENOMEM));
        return 1;
    }
    qsort(names, count, sizeof *names, compare_names);
    int status = 0;
    for (size_t index = 0; index < count; index++) {
        if (!names[index])
            continue;
        if (long_format) {
            char *full = join_path(path, names[index]);
            struct stat entry_status;
            if (!full || stat(full, &entry_status) < 0) {
                fprintf(stderr, "ls: %s: %s\n", full ? full : names[index], strerror(errno));
                status = 1;
            } else {
                print_entry(names[index], &entry_status);
            }
            free(full);
        } else {
            print_entry(names[index], NULL);
        }
        free(names[index]);
    }
    free(names);
    return status;
}

int main(int argc, char **argv) {
    int first_path = argc;
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (argument[0] != '-' || argument[1] == '\0') {
            first_path = index;
            break;
        }
        if (strcmp(argument, "--") == 0) {
            first_path = index + 1;
            break;
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            if (*flag == 'l')
                long_format = 1;
            else if (*flag == 'a')
                show_all = 1;
            else if (*flag != '1') {
                fprintf(stderr, "ls: invalid option -- '%c'\n", *flag);
                return 1;
            }
        }
    }
    int path_count = argc - first_path;
    if (path_count == 0)
        return list_directory(".");

    /* Like GNU ls: files first, then each directory under a heading. */
    int status = 0, printed = 0;
    for (int index = first_path; index < argc; index++) {
        struct stat file_status;
        if (stat(argv[index], &file_status) < 0) {
            fprintf(stderr, "ls: %s: %s\n", argv[index], strerror(errno));
            status = 1;
        } else if (!S_ISDIR(file_status.st_mode)) {
            print_entry(argv[index], &file_status);
            printed = 1;
        }
    }
    for (int index = first_path; index < argc; index++) {
        struct stat file_status;
        if (stat(argv[index], &file_status) < 0 || !S_ISDIR(file_status.st_mode))
            continue;
        if (path_count > 1)
            printf("%s%s:\n", printed ? "\n" : "", argv[index]);
        status |= list_directory(argv[index]);
        printed = 1;
    }
    return status;
}
