/* diff.h: what the parts of diff share: the options, a file split into
 * lines, and the list of changes between two files. */
#ifndef DIFF_H
#define DIFF_H

#include <stddef.h>
#include <sys/types.h>

/* How the differences are printed. */
enum format { FORMAT_NORMAL, FORMAT_UNIFIED };

/* The command line's options. */
struct options {
    enum format format;
    long context;        /* lines of context around a unified hunk */
    int brief;           /* -q: only say whether files differ */
    int report_identical; /* -s */
    int recursive;       /* -r */
    int new_file;        /* -N: an absent file is an empty one */
    int text;            /* -a: never treat a file as binary */
    int ignore_case;     /* -i */
    int ignore_space_change; /* -b */
    int ignore_all_space;    /* -w */
    const char *labels[2];   /* --label, or NULL */
    char *switches;          /* the options as given, for "diff OPTIONS A B" lines */
};

extern struct options options;

/* One line of a file: its text without the newline. */
struct line {
    const char *text;
    size_t length;
    int has_newline; /* only the last line of a file can lack one */
};

/* A file read into memory and split into lines. */
struct file_text {
    char *bytes;
    size_t size;
    struct line *lines;
    long line_count;
    int binary; /* holds a NUL byte (and -a was not given) */
};

/* One change: `deleted` lines of the first file from `first_start` were
 * replaced by `inserted` lines of the second from `second_start`. */
struct change {
    long first_start, deleted;
    long second_start, inserted;
};

/* main.c: memory, or the end of diff with "memory exhausted". */
void *allocate(size_t size);
void *reallocate(void *memory, size_t size);

/* lines.c */
int read_file(int fd, struct file_text *file);
void split_lines(struct file_text *file);
void free_file(struct file_text *file);

/* analyze.c: the changes that turn `first` into `second` (*count of them),
 * or NULL with *count 0 when the files are equal under the options. */
struct change *compare_lines(const struct file_text *first, const struct file_text *second, long *count);

/* output.c */
void print_normal(const struct file_text *first, const struct file_text *second, const struct change *changes,
                  long count);
void print_unified(const struct file_text *first, const struct file_text *second, const struct change *changes,
                   long count, const char *headers[2]);

#endif
