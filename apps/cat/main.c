/* cat: copies files (or standard input, also for "-") to standard output. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Copies fd to standard output; returns 0, or the errno of a failed read. */
static int copy_to_output(int fd) {
    static char buffer[16384];
    for (;;) {
        ssize_t count = read(fd, buffer, sizeof buffer);
        if (count == 0)
            return 0;
        if (count < 0)
            return errno;
        for (ssize_t done = 0; done < count;) {
            ssize_t written = write(1, buffer + done, (size_t)(count - done));
            if (written <= 0)
                return written < 0 ? errno : EIO;
            done += written;
        }
    }
}

int main(int argc, char **argv) {
    int status = 0;
    if (argc < 2)
        argv[argc++] = "-";
    for (int index = 1; index < argc; index++) {
        const char *path = argv[index];
        int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "cat: %s: %s\n", path, strerror(errno));
            status = 1;
            continue;
        }
        int error = copy_to_output(fd);
        if (error) {
            fprintf(stderr, "cat: %s: %s\n", path, strerror(error));
            status = 1;
        }
        if (fd != 0)
            close(fd);
    }
    return status;
}
