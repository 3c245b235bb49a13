/* opendir/readdir (fd_readdir): every entry once, with its type; `.` and
 * `..` aside; rewinddir starts again. */
#include <fcntl.h>

#include "check.h"

static int compare(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
    start("c-readdir");
    make_scratch();
    char path[256], name[32];
    for (int index = 0; index < 12; index++) {
        snprintf(name, sizeof name, "file-%02d", index);
        write_file(in_scratch(path, name), "x");
    }
    CHECK(mkdir(in_scratch(path, "sub"), 0755) == 0);
    DIR *directory = opendir(check_scratch);
    CHECK(directory != NULL);
    for (int pass = 0; pass < 2; pass++) {
        char *names[32];
        int count = 0, directories = 0;
        struct dirent *entry;
        errno = 0;
        while ((entry = readdir(directory)) != NULL) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
                continue;
            CHECK(count < 32);
            names[count++] = strdup(entry->d_name);
            if (strcmp(entry->d_name, "sub") == 0) {
                CHECK(entry->d_type == DT_DIR);
                directories++;
            } else {
                CHECK(entry->d_type == DT_REG);
            }
        }
        CHECK(errno == 0);
        CHECK(count == 13 && directories == 1);
        qsort(names, count, sizeof *names, compare);
        for (int index = 0; index < 12; index++) {
            snprintf(name, sizeof name, "file-%02d", index);
            CHECK(strcmp(names[index], name) == 0);
        }
        CHECK(strcmp(names[12], "sub") == 0);
        for (int index = 0; index < count; index++)
            free(names[index]);
        rewinddir(directory);
    }
    CHECK(closedir(directory) == 0);
    printf("12 files and 1 folder, twice\n");
    return ok();
}
