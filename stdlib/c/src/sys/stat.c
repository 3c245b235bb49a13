/* stat.c: stat, fstat and mkdir, translating the ABI's wasmos_stat record. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <wasmos.h>

#include "../internal.h"

static void fill_stat(const struct wasmos_stat *source, struct stat *result) {
    memset(result, 0, sizeof *result);
    switch (source->kind) {
    case WASMOS_KIND_DIRECTORY: result->st_mode = S_IFDIR | 0755; break;
    case WASMOS_KIND_DEVICE: result->st_mode = S_IFCHR | 0666; break;
    default: result->st_mode = S_IFREG | 0644; break;
    }
    result->st_nlink = 1;
    result->st_size = (off_t)source->size;
    result->st_blksize = 4096;
    result->st_blocks = (blkcnt_t)((source->size + 511) / 512);
    result->st_mtim.tv_sec = source->mtime_ns / 1000000000LL;
    result->st_mtim.tv_nsec = (long)(source->mtime_ns % 1000000000LL);
    if (result->st_mtim.tv_nsec < 0) {
        result->st_mtim.tv_nsec += 1000000000L;
        result->st_mtim.tv_sec--;
    }
    result->st_atim = result->st_mtim;
    result->st_ctim = result->st_mtim;
}

int stat(const char *restrict path, struct stat *restrict result) {
    struct wasmos_stat status;
    if (__wasmos_check(wasmos_stat(path, __wasmos_path_length(path), &status)) < 0)
        return -1;
    fill_stat(&status, result);
    return 0;
}

/* There are no symbolic links. */
int lstat(const char *restrict path, struct stat *restrict result) {
    return stat(path, result);
}

int fstat(int fd, struct stat *result) {
    struct wasmos_stat status;
    if (__wasmos_check(wasmos_fstat(fd, &status)) < 0)
        return -1;
    fill_stat(&status, result);
    return 0;
}

int mkdir(const char *path, mode_t mode) {
    (void)mode;
    return __wasmos_check(wasmos_mkdir(path, __wasmos_path_length(path))) < 0 ? -1 : 0;
}

int chmod(const char *path, mode_t mode) {
    (void)mode;
    struct wasmos_stat status;
    return __wasmos_check(wasmos_stat(path, __wasmos_path_length(path), &status)) < 0 ? -1 : 0;
}

mode_t umask(mode_t mask) {
    (void)mask;
    return 022;
}
