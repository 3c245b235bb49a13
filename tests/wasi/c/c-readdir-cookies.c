/* fd_readdir with a small buffer, resumed from the cookie of the last whole
 * entry; starting from a later cookie gives the rest of the same listing;
 * a cookie past the end gives nothing. */
#include <fcntl.h>

#include "check.h"

#define FILES 20

struct listing {
    char names[64][32];
    __wasi_dircookie_t next[64];
    int count;
};

/* Lists `fd` from `cookie` with fd_readdir into a 160-byte buffer (a few
 * entries at a time), skipping `.` and `..`. */
static void list(int fd, __wasi_dircookie_t cookie, struct listing *listing) {
    _Alignas(8) uint8_t buffer[160];
    listing->count = 0;
    for (int calls = 0; calls < 1000; calls++) {
        __wasi_size_t used = 0;
        CHECK_WASI(__wasi_fd_readdir(fd, buffer, sizeof buffer, cookie, &used), 0);
        size_t offset = 0;
        int whole = 0;
        while (offset + sizeof(__wasi_dirent_t) <= used) {
            __wasi_dirent_t entry;
            memcpy(&entry, buffer + offset, sizeof entry);
            if (offset + sizeof entry + entry.d_namlen > used)
                break;
            char name[32] = {0};
            CHECK(entry.d_namlen < sizeof name);
            memcpy(name, buffer + offset + sizeof entry, entry.d_namlen);
            if (strcmp(name, ".") != 0 && strcmp(name, "..") != 0) {
                CHECK(listing->count < 64);
                strcpy(listing->names[listing->count], name);
                listing->next[listing->count] = entry.d_next;
                listing->count++;
            }
            cookie = entry.d_next;
            offset += sizeof entry + entry.d_namlen;
            whole++;
        }
        if (used < sizeof buffer)
            return;
        CHECK(whole > 0);
    }
    check_failed(__LINE__, "fd_readdir never reached the end");
}

int main(void) {
    start("c-readdir-cookies");
    make_scratch();
    char path[256], name[32];
    for (int index = 0; index < FILES; index++) {
        snprintf(name, sizeof name, "entry-%02d", index);
        write_file(in_scratch(path, name), "x");
    }
    int fd = open(check_scratch, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    static struct listing all, rest, again;
    list(fd, __WASI_DIRCOOKIE_START, &all);
    CHECK(all.count == FILES);
    int seen[FILES] = {0};
    for (int index = 0; index < all.count; index++) {
        int number = -1;
        CHECK(sscanf(all.names[index], "entry-%d", &number) == 1 && number >= 0 && number < FILES);
        CHECK(!seen[number]);
        seen[number] = 1;
    }
    list(fd, all.next[2], &rest);
    CHECK(rest.count == FILES - 3);
    for (int index = 0; index < rest.count; index++)
        CHECK(strcmp(rest.names[index], all.names[index + 3]) == 0);
    list(fd, all.next[FILES - 1], &again);
    CHECK(again.count == 0);
    list(fd, __WASI_DIRCOOKIE_START, &again);
    CHECK(again.count == FILES);
    CHECK(close(fd) == 0);
    printf("%d entries in pieces; resuming after 3 gives the other %d\n", FILES, FILES - 3);
    return ok();
}
