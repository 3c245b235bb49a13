/* yes: prints "y", or its arguments joined by spaces, line after line for
 * ever; ends quietly (status 0) once nobody reads its output any more. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Whole lines are written in blocks of about this size, for speed. */
#define BLOCK_SIZE 4096

/* The line, with its newline: "y\n" or the arguments joined by spaces. */
static char *make_line(int argc, char **argv, size_t *length) {
    if (argc < 2) {
        *length = 2;
        return strdup("y\n");
    }
    size_t total = 0;
    for (int index = 1; index < argc; index++)
        total += strlen(argv[index]) + 1;
    char *line = malloc(total);
    if (!line)
        return NULL;
    size_t used = 0;
    for (int index = 1; index < argc; index++) {
        size_t word = strlen(argv[index]);
        memcpy(line + used, argv[index], word);
        used += word;
        line[used++] = index + 1 < argc ? ' ' : '\n';
    }
    *length = used;
    return line;
}

int main(int argc, char **argv) {
    size_t line_length = 0;
    char *line = make_line(argc, argv, &line_length);
    if (!line) {
        fprintf(stderr, "yes: %s\n", strerror(ENOMEM));
        return 1;
    }
    /* As many whole lines as fit in a block (a longer line is its own block). */
    static char block_buffer[BLOCK_SIZE];
    const char *block = line;
    size_t block_length = line_length;
    if (line_length <= BLOCK_SIZE / 2) {
        block_length = 0;
        while (block_length + line_length <= BLOCK_SIZE) {
            memcpy(block_buffer + block_length, line, line_length);
            block_length += line_length;
        }
        block = block_buffer;
    }
    for (;;) {
        for (size_t done = 0; done < block_length;) {
            ssize_t written = write(1, block + done, block_length - done);
            if (written <= 0) {
                int error = written < 0 ? errno : EIO;
                if (error == EPIPE)
                    return 0;
                fprintf(stderr, "yes: standard output: %s\n", strerror(error));
                return 1;
            }
            done += (size_t)written;
        }
    }
}
