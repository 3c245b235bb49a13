/* output.c: prints changes in the normal and the unified format. */
#include <stdio.h>

#include "diff.h"

/* Writes one line after `prefix`, with GNU's marker when it has no newline. */
static void print_line(const char *prefix, const struct line *line) {
    fputs(prefix, stdout);
    fwrite(line->text, 1, line->length, stdout);
    putchar('\n');
    if (!line->has_newline)
        fputs("\\ No newline at end of file\n", stdout);
}

/* A normal-format range: lines start+1 .. start+count, or the line before
 * them when there are none. */
static void print_normal_range(long start, long count) {
    if (count == 0)
        printf("%ld", start);
    else if (count == 1)
        printf("%ld", start + 1);
    else
        printf("%ld,%ld", start + 1, start + count);
}

void print_normal(const struct file_text *first, const struct file_text *second, const struct change *changes,
                  long count) {
    for (long index = 0; index < count; index++) {
        const struct change *change = &changes[index];
        print_normal_range(change->first_start, change->deleted);
        putchar(change->deleted && change->inserted ? 'c' : change->deleted ? 'd' : 'a');
        print_normal_range(change->second_start, change->inserted);
        putchar('\n');
        for (long line = 0; line < change->deleted; line++)
            print_line("< ", &first->lines[change->first_start + line]);
        if (change->deleted && change->inserted)
            fputs("---\n", stdout);
        for (long line = 0; line < change->inserted; line++)
            print_line("> ", &second->lines[change->second_start + line]);
    }
}

/* A unified-format range: "start,count", "start" for one line, and the
 * line before with ",0" for none. */
static void print_unified_range(long start, long count) {
    if (count == 1)
        printf("%ld", start + 1);
    else
        printf("%ld,%ld", count == 0 ? start : start + 1, count);
}

/* Prints the hunk made of changes[first..last]. */
static void print_hunk(const struct file_text *first_file, const struct file_text *second_file,
                       const struct change *changes, long first, long last) {
    long context = options.context;
    long first_low = changes[first].first_start - context;
    if (first_low < 0)
        first_low = 0;
    long first_high = changes[last].first_start + changes[last].deleted + context;
    if (first_high > first_file->line_count)
        first_high = first_file->line_count;
    long second_low = changes[first].second_start - (changes[first].first_start - first_low);
    long second_high =
        changes[last].second_start + changes[last].inserted + (first_high - changes[last].first_start - changes[last].deleted);
    fputs("@@ -", stdout);
    print_unified_range(first_low, first_high - first_low);
    fputs(" +", stdout);
    print_unified_range(second_low, second_high - second_low);
    fputs(" @@\n", stdout);
    long line = first_low;
    for (long index = first; index <= last; index++) {
        const struct change *change = &changes[index];
        for (; line < change->first_start; line++)
            print_line(" ", &first_file->lines[line]);
        for (long deleted = 0; deleted < change->deleted; deleted++)
            print_line("-", &first_file->lines[change->first_start + deleted]);
        for (long inserted = 0; inserted < change->inserted; inserted++)
            print_line("+", &second_file->lines[change->second_start + inserted]);
        line = change->first_start + change->deleted;
    }
    for (; line < first_high; line++)
        print_line(" ", &first_file->lines[line]);
}

void print_unified(const struct file_text *first, const struct file_text *second, const struct change *changes,
                   long count, const char *headers[2]) {
    printf("--- %s\n+++ %s\n", headers[0], headers[1]);
    for (long index = 0; index < count;) {
        /* A hunk takes in the following changes whose contexts touch or overlap. */
        long last = index;
        while (last + 1 < count &&
               changes[last + 1].first_start - (changes[last].first_start + changes[last].deleted) <= 2 * options.context)
            last++;
        print_hunk(first, second, changes, index, last);
        index = last + 1;
    }
}
