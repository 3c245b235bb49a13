/* hexdump: shows files (or standard input) as offset, hex bytes and ASCII,
 * like `hexdump -C`: 16 bytes per line in two groups of 8, repeated lines
 * folded into "*", and the total length on the last line. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static unsigned char line[16];
static size_t line_used;
static unsigned char previous[16];
static int have_previous, folding;
static unsigned long long offset;

static void print_line(void) {
    if (have_previous && line_used == 16 && memcmp(line, previous, 16) == 0) {
        if (!folding)
            puts("*");
        folding = 1;
    } else {
        folding = 0;
        printf("%08llx ", offset);
        for (size_t index = 0; index < 16; index++) {
            if (index == 8)
                putchar(' ');
            if (index < line_used)
                printf(" %02x", line[index]);
            else
                fputs("   ", stdout);
        }
        fputs("  |", stdout);
        for (size_t index = 0; index < line_used; index++)
            putchar(line[index] >= 32 && line[index] < 127 ? line[index] : '.');
        puts("|");
    }
    memcpy(previous, line, 16);
    have_previous = 1;
    offset += line_used;
    line_used = 0;
}

static int dump_fd(int fd) {
    static unsigned char buffer[16384];
    for (;;) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0)
            return -1;
        if (got == 0)
            return 0;
        for (ssize_t index = 0; index < got; index++) {
            line[line_used++] = buffer[index];
            if (line_used == 16)
                print_line();
        }
    }
}

int main(int argc, char **argv) {
    int first = 1;
    if (first < argc && strcmp(argv[first], "-C") == 0)
        first++;
    int status = 0;
    if (first >= argc) {
        if (dump_fd(0) < 0) {
            fprintf(stderr, "hexdump: standard input: %s\n", strerror(errno));
            status = 1;
        }
    }
    for (int index = first; index < argc; index++) {
        int fd = open(argv[index], O_RDONLY);
        if (fd < 0 || dump_fd(fd) < 0) {
            fprintf(stderr, "hexdump: %s: %s\n", argv[index], strerror(errno));
            status = 1;
        }
        if (fd >= 0)
            close(fd);
    }
    if (line_used)
        print_line();
    if (offset)
        printf("%08llx\n", offset);
    return status;
}
