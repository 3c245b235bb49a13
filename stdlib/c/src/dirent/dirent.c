/* dirent.c: directory streams over the ABI's readdir. Each entry's type is
 * looked up with stat so d_type is always filled in. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "../internal.h"

struct __wasmos_dir {
    int fd;
    char *path; /* as given to opendir, to stat entries and to rewind */
    struct dirent entry;
};

DIR *opendir(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return NULL;
    DIR *directory = malloc(sizeof *directory);
    char *copy = strdup(path);
    if (!directory || !copy) {
        free(directory);
        free(copy);
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    directory->fd = fd;
    directory->path = copy;
    directory->entry.d_ino = 0;
    return directory;
}

static unsigned char entry_type(const DIR *directory, const char *name) {
    size_t path_length = strlen(directory->path), name_length = strlen(name);
    char full[4352];
    if (path_length + 1 + name_length >= sizeof full)
        return DT_UNKNOWN;
    memcpy(full, directory->path, path_length);
    size_t length = path_length;
    if (length == 0 || full[length - 1] != '/')
        full[length++] = '/';
    memcpy(full + length, name, name_length);
    length += name_length;
    struct wasmos_stat status;
    if (wasmos_stat(full, (unsigned)length, &status) < 0)
        return DT_UNKNOWN;
    switch (status.kind) {
    case WASMOS_KIND_DIRECTORY: return DT_DIR;
    case WASMOS_KIND_DEVICE: return DT_CHR;
    case WASMOS_KIND_FILE: return DT_REG;
    default: return DT_UNKNOWN;
    }
}

struct dirent *readdir(DIR *directory) {
    char *name = directory->entry.d_name;
    int length = wasmos_readdir(directory->fd, name, sizeof directory->entry.d_name - 1);
    if (length <= 0) {
        if (length < 0)
            errno = -length;
        return NULL;
    }
    name[length] = '\0';
    directory->entry.d_ino++;
    directory->entry.d_type = entry_type(directory, name);
    return &directory->entry;
}

int closedir(DIR *directory) {
    int result = close(directory->fd);
    free(directory->path);
    free(directory);
    return result;
}

void rewinddir(DIR *directory) {
    int fd = open(directory->path, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    close(directory->fd);
    directory->fd = fd;
    directory->entry.d_ino = 0;
}

int dirfd(DIR *directory) {
    return directory->fd;
}
