/* Setting a file's times: utimensat, futimens, utime, utimes and futimes,
 * read back through stat's st_mtim; UTIME_NOW and UTIME_OMIT; the errors.
 * Only the modification time is printed (WasmOS's stat reports it for the
 * access time too), and a time set to now only as "within a second". */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#define FILE_NAME "file-times-test.txt"
#define DIRECTORY_NAME "file-times-test.d"

static void show_modified(const char *label, const char *path) {
    struct stat status;
    if (stat(path, &status) != 0) {
        printf("%s: stat failed: %s\n", label, strerror(errno));
        return;
    }
    printf("%s: mtime %lld.%09ld\n", label, (long long)status.st_mtim.tv_sec, (long)status.st_mtim.tv_nsec);
}

static void show_result(const char *label, int result) {
    if (result == 0)
        printf("%s: 0\n", label);
    else
        printf("%s: %d %s\n", label, result, strerror(errno));
}

/* Whether path's modification time lies between `before` (less a second:
 * file systems may stamp with a coarser clock) and now. */
static void show_modified_now(const char *label, const char *path, time_t before) {
    struct stat status;
    time_t after = time(NULL);
    if (stat(path, &status) != 0) {
        printf("%s: stat failed: %s\n", label, strerror(errno));
        return;
    }
    int recent = status.st_mtim.tv_sec >= before - 1 && status.st_mtim.tv_sec <= after;
    printf("%s: mtime is now: %s\n", label, recent ? "yes" : "no");
}

int main(void) {
    unlink(FILE_NAME);
    rmdir(DIRECTORY_NAME);
    int fd = open(FILE_NAME, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        perror("open");
        return 1;
    }
    if (write(fd, "times\n", 6) != 6)
        perror("write");

    /* utimensat with both times given, and with each one omitted. */
    struct timespec both[2] = {{1000000000, 5}, {1234567890, 123456789}};
    show_result("utimensat both", utimensat(AT_FDCWD, FILE_NAME, both, 0));
    show_modified("utimensat both", FILE_NAME);
    struct timespec access_only[2] = {{42, 0}, {0, UTIME_OMIT}};
    show_result("utimensat mtime omitted", utimensat(AT_FDCWD, FILE_NAME, access_only, 0));
    show_modified("utimensat mtime omitted", FILE_NAME);
    struct timespec modified_only[2] = {{0, UTIME_OMIT}, {987654321, 999999999}};
    show_result("utimensat atime omitted", utimensat(AT_FDCWD, FILE_NAME, modified_only, 0));
    show_modified("utimensat atime omitted", FILE_NAME);
    struct timespec neither[2] = {{1, UTIME_OMIT}, {2, UTIME_OMIT}};
    show_result("utimensat both omitted", utimensat(AT_FDCWD, FILE_NAME, neither, 0));
    show_modified("utimensat both omitted", FILE_NAME);
    struct timespec before_1970[2] = {{0, 0}, {-2, 500000000}};
    show_result("utimensat before 1970", utimensat(AT_FDCWD, FILE_NAME, before_1970, AT_SYMLINK_NOFOLLOW));
    show_modified("utimensat before 1970", FILE_NAME);

    /* UTIME_NOW, and a NULL array (both now). */
    struct timespec modified_now[2] = {{5, 0}, {7, UTIME_NOW}};
    time_t before = time(NULL);
    show_result("utimensat UTIME_NOW", utimensat(AT_FDCWD, FILE_NAME, modified_now, 0));
    show_modified_now("utimensat UTIME_NOW", FILE_NAME, before);
    show_result("utimensat reset", utimensat(AT_FDCWD, FILE_NAME, both, 0));
    before = time(NULL);
    show_result("utimensat NULL", utimensat(AT_FDCWD, FILE_NAME, NULL, 0));
    show_modified_now("utimensat NULL", FILE_NAME, before);

    /* futimens on the open descriptor. */
    struct timespec by_descriptor[2] = {{100, 0}, {200, 300}};
    show_result("futimens", futimens(fd, by_descriptor));
    show_modified("futimens", FILE_NAME);
    struct timespec descriptor_omit[2] = {{100, 0}, {0, UTIME_OMIT}};
    show_result("futimens mtime omitted", futimens(fd, descriptor_omit));
    show_modified("futimens mtime omitted", FILE_NAME);
    close(fd);

    /* utime (seconds), utimes and futimes (microseconds), lutimes. */
    struct utimbuf seconds = {111, 222};
    show_result("utime", utime(FILE_NAME, &seconds));
    show_modified("utime", FILE_NAME);
    before = time(NULL);
    show_result("utime NULL", utime(FILE_NAME, NULL));
    show_modified_now("utime NULL", FILE_NAME, before);
    struct timeval micro[2] = {{333, 1}, {444, 555555}};
    show_result("utimes", utimes(FILE_NAME, micro));
    show_modified("utimes", FILE_NAME);
    struct timeval micro_links[2] = {{1, 0}, {1700000000, 999999}};
    show_result("lutimes", lutimes(FILE_NAME, micro_links));
    show_modified("lutimes", FILE_NAME);
    before = time(NULL);
    show_result("utimes NULL", utimes(FILE_NAME, NULL));
    show_modified_now("utimes NULL", FILE_NAME, before);
    fd = open(FILE_NAME, O_RDONLY);
    struct timeval micro_descriptor[2] = {{0, 0}, {86400, 250000}};
    show_result("futimes", futimes(fd, micro_descriptor));
    show_modified("futimes", FILE_NAME);
    close(fd);

    /* A directory's times. */
    if (mkdir(DIRECTORY_NAME, 0755) != 0)
        perror("mkdir");
    struct timespec directory_times[2] = {{1, 0}, {31536000, 0}};
    show_result("utimensat directory", utimensat(AT_FDCWD, DIRECTORY_NAME, directory_times, 0));
    show_modified("utimensat directory", DIRECTORY_NAME);

    /* Errors. */
    struct timespec too_many[2] = {{0, 0}, {0, 1000000000}};
    show_result("tv_nsec 1e9", utimensat(AT_FDCWD, FILE_NAME, too_many, 0));
    struct timespec negative[2] = {{0, -1}, {0, 0}};
    show_result("tv_nsec -1", utimensat(AT_FDCWD, FILE_NAME, negative, 0));
    show_result("tv_nsec 1e9 futimens", futimens(0, too_many));
    show_result("bad flags", utimensat(AT_FDCWD, FILE_NAME, both, 0x4000));
    show_result("missing file", utimensat(AT_FDCWD, "file-times-none.txt", both, 0));
    show_result("missing directory", utimensat(AT_FDCWD, "file-times-none/x", both, 0));
    show_result("through a file", utimensat(AT_FDCWD, FILE_NAME "/x", both, 0));
    show_result("empty path", utimensat(AT_FDCWD, "", both, 0));
    show_result("futimens closed fd", futimens(fd, both));
    show_result("futimens fd -1", futimens(-1, NULL));
    /* Both omitted: nothing is done or checked. */
    show_result("both omitted, missing file", utimensat(AT_FDCWD, "file-times-none.txt", neither, 0));
    show_result("both omitted, bad flags", utimensat(AT_FDCWD, FILE_NAME, neither, 0x4000));
    show_result("both omitted, fd -1", futimens(-1, neither));
    show_result("both omitted, fd 99", futimens(99, neither));
    show_result("utime missing", utime("file-times-none.txt", &seconds));
    struct timeval bad_micro[2] = {{0, 1000000}, {0, 0}};
    show_result("utimes tv_usec 1e6", utimes(FILE_NAME, bad_micro));
    struct timeval negative_micro[2] = {{0, 0}, {0, -1}};
    show_result("futimes tv_usec -1", futimes(0, negative_micro));
    show_result("utimes missing", utimes("file-times-none.txt", NULL));
    show_modified("unchanged by the errors", FILE_NAME);

    unlink(FILE_NAME);
    rmdir(DIRECTORY_NAME);
    return 0;
}
