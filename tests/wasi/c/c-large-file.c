/* One MiB written in 4 KiB pieces and read back in 1000-byte pieces. */
#include <fcntl.h>

#include "check.h"

#define SIZE (1024 * 1024)

static unsigned char pattern(long offset) {
    return (unsigned char)((offset * 131 + (offset >> 12)) & 0xff);
}

int main(void) {
    start("c-large-file");
    make_scratch();
    char path[256];
    int fd = open(in_scratch(path, "big"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    static unsigned char chunk[4096];
    unsigned long long checksum = 1469598103934665603ull;
    for (long offset = 0; offset < SIZE; offset += sizeof chunk) {
        for (size_t index = 0; index < sizeof chunk; index++) {
            chunk[index] = pattern(offset + (long)index);
            checksum = (checksum ^ chunk[index]) * 1099511628211ull;
        }
        CHECK(write(fd, chunk, sizeof chunk) == (ssize_t)sizeof chunk);
    }
    CHECK(close(fd) == 0);
    struct stat status;
    CHECK(stat(path, &status) == 0 && status.st_size == SIZE);
    fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    unsigned long long again = 1469598103934665603ull;
    long offset = 0;
    for (;;) {
        unsigned char piece[1000];
        ssize_t got = read(fd, piece, sizeof piece);
        CHECK(got >= 0);
        if (got == 0)
            break;
        for (ssize_t index = 0; index < got; index++) {
            CHECK(piece[index] == pattern(offset + index));
            again = (again ^ piece[index]) * 1099511628211ull;
        }
        offset += got;
    }
    CHECK(offset == SIZE && again == checksum);
    CHECK(close(fd) == 0);
    printf("1048576 bytes, FNV-1a %016llx\n", checksum);
    return ok();
}
