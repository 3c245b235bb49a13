/* touch: creates each file that does not exist yet. (WasmOS has no call to
 * set a file's time, so existing files are left as they are.) */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "touch: missing file operand\n");
        return 1;
    }
    int status = 0;
    for (int index = 1; index < argc; index++) {
        int fd = open(argv[index], O_WRONLY | O_CREAT, 0644);
        if (fd < 0 && errno == EISDIR)
            continue;
        if (fd < 0) {
            fprintf(stderr, "touch: %s: %s\n", argv[index], strerror(errno));
            status = 1;
            continue;
        }
        close(fd);
    }
    return status;
}
