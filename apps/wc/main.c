/* wc: counts lines, words and bytes of files or standard input, printed like
 * GNU wc. -l, -w and -c choose the counts. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct counts {
    long long lines, words, bytes;
};

static int show_lines, show_words, show_bytes;
static int width;

static int count_fd(int fd, struct counts *counts) {
    static unsigned char buffer[16384];
    int in_word = 0;
    for (;;) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0)
            return -1;
        if (got == 0)
            return 0;
        counts->bytes += got;
        for (ssize_t index = 0; index < got; index++) {
            unsigned char c = buffer[index];
            if (c == '\n')
                counts->lines++;
            /* As in GNU wc: white space ends a word, a printable character
             * starts one, and other bytes do neither. */
            if (isspace(c)) {
                in_word = 0;
            } else if (isprint(c) && !in_word) {
                in_word = 1;
                counts->words++;
            }
        }
    }
}

static void print_counts(const struct counts *counts, const char *name) {
    const char *separator = "";
    if (show_lines) {
        printf("%*lld", width, counts->lines);
        separator = " ";
    }
    if (show_words) {
        printf("%s%*lld", separator, width, counts->words);
        separator = " ";
    }
    if (show_bytes)
        printf("%s%*lld", separator, width, counts->bytes);
    if (name)
        printf(" %s", name);
    printf("\n");
}

int main(int argc, char **argv) {
    int first = 1;
    for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
        for (const char *flag = argv[first] + 1; *flag; flag++) {
            if (*flag == 'l')
                show_lines = 1;
            else if (*flag == 'w')
                show_words = 1;
            else if (*flag == 'c')
                show_bytes = 1;
            else {
                fprintf(stderr, "wc: invalid option -- '%c'\n", *flag);
                return 1;
            }
        }
    }
    if (!show_lines && !show_words && !show_bytes)
        show_lines = show_words = show_bytes = 1;
    int file_count = argc - first;

    /* GNU's column width: digits of the total size of the regular files,
     * at least 7 when standard input or a device is counted, 1 for one count. */
    long long regular_total = 0;
    int minimum = 1;
    if (file_count == 0)
        minimum = 7;
    for (int index = first; index < argc; index++) {
        struct stat status;
        if (strcmp(argv[index], "-") == 0)
            minimum = 7;
        else if (stat(argv[index], &status) == 0) {
            if (S_ISREG(status.st_mode))
                regular_total += status.st_size;
            else
                minimum = 7;
        }
    }
    width = 1;
    for (; regular_total >= 10; regular_total /= 10)
        width++;
    if (width < minimum)
        width = minimum;
    if (show_lines + show_words + show_bytes == 1 && file_count <= 1)
        width = 1;

    if (file_count == 0) {
        struct counts counts = {0, 0, 0};
        if (count_fd(0, &counts) < 0) {
            fprintf(stderr, "wc: standard input: %s\n", strerror(errno));
            return 1;
        }
        print_counts(&counts, NULL);
        return 0;
    }
    struct counts total = {0, 0, 0};
    int status = 0;
    for (int index = first; index < argc; index++) {
        const char *name = argv[index];
        int fd = strcmp(name, "-") == 0 ? 0 : open(name, O_RDONLY);
        struct counts counts = {0, 0, 0};
        if (fd < 0 || count_fd(fd, &counts) < 0) {
            fprintf(stderr, "wc: %s: %s\n", name, strerror(errno));
            status = 1;
            if (fd > 0)
                close(fd);
            continue;
        }
        if (fd > 0)
            close(fd);
        print_counts(&counts, name);
        total.lines += counts.lines;
        total.words += counts.words;
        total.bytes += counts.bytes;
    }
    if (file_count > 1)
        print_counts(&total, "total");
    return status;
}
