/* What every C conformance program shares: checks that end the program with
 * status 1 and a message on standard error, and a scratch folder of its own
 * under /tmp (made with its parents, emptied first, removed by ok()).
 *
 * start() names the program; make_scratch() makes its scratch folder.
 * The programs print deterministic lines on standard output only: the same
 * on every conforming runtime, whatever its errno for a case where the spec
 * allows several (those details go to standard error). */
#ifndef WASI_CHECK_H
#define WASI_CHECK_H

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

static const char *check_program = "?";
static char check_scratch[256];

__attribute__((noreturn, unused)) static void check_failed(int line, const char *what) {
    int saved = errno;
    fflush(stdout);
    fprintf(stderr, "FAIL %s line %d: %s (errno %d: %s)\n", check_program, line, what, saved, strerror(saved));
    exit(1);
}

/* `condition` must hold. */
#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            check_failed(__LINE__, #condition);                                                                        \
    } while (0)

/* `call` must fail (return -1, or NULL for pointers: pass `(x) == NULL` forms
 * through CHECK instead) with errno `expected`. */
#define CHECK_ERRNO(call, expected)                                                                                    \
    do {                                                                                                               \
        errno = 0;                                                                                                     \
        long check_result = (long)(call);                                                                              \
        if (check_result != -1 || errno != (expected))                                                                 \
            check_failed(__LINE__, #call " should fail with " #expected);                                              \
    } while (0)

/* A raw WASI call must return `expected` (__WASI_ERRNO_SUCCESS, ...). */
#define CHECK_WASI(call, expected)                                                                                     \
    do {                                                                                                               \
        int check_code = (int)(call);                                                                                  \
        if (check_code != (expected)) {                                                                                \
            errno = check_code;                                                                                        \
            check_failed(__LINE__, #call " should return " #expected);                                                 \
        }                                                                                                              \
    } while (0)

/* `call` must fail (return -1) with one of the errnos listed: for the cases
 * where the spec or POSIX allows several. The one seen goes to stderr. */
#define CHECK_ERRNO_ANY(call, ...)                                                                                     \
    do {                                                                                                               \
        errno = 0;                                                                                                     \
        long check_result = (long)(call);                                                                              \
        int check_allowed[] = {__VA_ARGS__, 0};                                                                        \
        int check_hit = 0;                                                                                             \
        for (int check_index = 0; check_allowed[check_index]; check_index++)                                          \
            check_hit |= errno == check_allowed[check_index];                                                          \
        if (check_result != -1 || !check_hit)                                                                          \
            check_failed(__LINE__, #call " should fail with one of " #__VA_ARGS__);                                    \
        fprintf(stderr, "%s: %s: %s\n", check_program, #call, strerror(errno));                                        \
    } while (0)

/* A raw WASI call must return one of the codes listed. */
#define CHECK_WASI_ANY(call, ...)                                                                                      \
    do {                                                                                                               \
        int check_code = (int)(call);                                                                                  \
        int check_allowed[] = {__VA_ARGS__, -1};                                                                       \
        int check_hit = 0;                                                                                             \
        for (int check_index = 0; check_allowed[check_index] != -1; check_index++)                                    \
            check_hit |= check_code == check_allowed[check_index];                                                     \
        errno = check_code;                                                                                            \
        if (!check_hit)                                                                                                \
            check_failed(__LINE__, #call " should return one of " #__VA_ARGS__);                                      \
        fprintf(stderr, "%s: %s: %s\n", check_program, #call, strerror(check_code));                                   \
    } while (0)

/* Removes `path` and everything under it (no error if it is missing). */
__attribute__((unused)) static void remove_tree(const char *path) {
    struct stat status;
    if (lstat(path, &status) != 0)
        return;
    if (S_ISDIR(status.st_mode)) {
        DIR *directory = opendir(path);
        if (directory) {
            struct dirent *entry;
            while ((entry = readdir(directory)) != NULL) {
                if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
                    continue;
                char child[512];
                snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
                remove_tree(child);
            }
            closedir(directory);
        }
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* Names the program in messages. */
__attribute__((unused)) static void start(const char *name) {
    check_program = name;
}

/* Makes the program's empty scratch folder /tmp/wasi-<name>; returns its path. */
__attribute__((unused)) static const char *make_scratch(void) {
    snprintf(check_scratch, sizeof check_scratch, "/tmp/wasi-%s", check_program);
    if (mkdir("/tmp", 0755) != 0 && errno != EEXIST)
        check_failed(__LINE__, "mkdir /tmp");
    remove_tree(check_scratch);
    if (mkdir(check_scratch, 0755) != 0)
        check_failed(__LINE__, "mkdir of the scratch folder");
    return check_scratch;
}

/* `scratch/name` in `buffer` (of 256 bytes or more). */
__attribute__((unused)) static char *in_scratch(char *buffer, const char *name) {
    snprintf(buffer, 256, "%s/%s", check_scratch, name);
    return buffer;
}

/* Writes `text` into the new file `path`. */
__attribute__((unused)) static void write_file(const char *path, const char *text) {
    FILE *file = fopen(path, "w");
    if (!file)
        check_failed(__LINE__, path);
    if (fputs(text, file) < 0 || fclose(file) != 0)
        check_failed(__LINE__, path);
}

/* Reads the file `path` into `buffer` (NUL-terminated); returns its length. */
__attribute__((unused)) static long read_file(const char *path, char *buffer, size_t capacity) {
    FILE *file = fopen(path, "r");
    if (!file)
        check_failed(__LINE__, path);
    size_t length = fread(buffer, 1, capacity - 1, file);
    buffer[length] = '\0';
    fclose(file);
    return (long)length;
}

/* The monotonic clock, in nanoseconds. */
__attribute__((unused)) static unsigned long long monotonic_ns(void) {
    __wasi_timestamp_t now = 0;
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &now) != 0)
        check_failed(__LINE__, "clock_time_get(monotonic)");
    return now;
}

/* The descriptor of the preopened directory named `/`, or -1. */
__attribute__((unused)) static int root_preopen(void) {
    for (int fd = 3; fd < 64; fd++) {
        __wasi_prestat_t prestat;
        __wasi_errno_t error = __wasi_fd_prestat_get(fd, &prestat);
        if (error == __WASI_ERRNO_BADF)
            break;
        if (error != 0 || prestat.tag != __WASI_PREOPENTYPE_DIR || prestat.u.dir.pr_name_len != 1)
            continue;
        char name[2] = {0, 0};
        if (__wasi_fd_prestat_dir_name(fd, (uint8_t *)name, 1) == 0 && name[0] == '/')
            return fd;
    }
    return -1;
}

/* Removes the scratch folder and prints `<name>: ok`. */
__attribute__((unused)) static int ok(void) {
    if (check_scratch[0])
        remove_tree(check_scratch);
    printf("%s: ok\n", check_program);
    return 0;
}

#endif
