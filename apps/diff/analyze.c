/* analyze.c: finds a shortest edit script between the lines of two files
 * (Myers' O(ND) algorithm, in its linear-space form that looks for the
 * middle of the path from both ends), choosing among the equally short ones
 * as GNU diff does, so that the output is the same:
 *
 *  - the longest identical head and tail of the files (less `horizon` lines
 *    each, the context of unified output) are left out of the analysis;
 *  - lines with no equal in the other file are changes for certain and are
 *    left out of the search, and so are lines with very many equals in the
 *    other file where they sit among such certain changes;
 *  - afterwards each run of changes slides down as far as equal lines allow,
 *    merging with runs it meets, and then back up to line up with a run of
 *    changes in the other file, if one can be reached. */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"

/* One side of the comparison. */
struct side {
    const struct file_text *file;
    long low, high;  /* the lines analyzed: [low, high) */
    int *classes;    /* equivalence class of each analyzed line (index - low) */
    char *changed;   /* per line of the file, with a 0 before the first and after the last */
    int *kept;       /* classes of the lines the search looks at */
    long *kept_line; /* their line numbers */
    long kept_count;
};

/* The state of the middle-path search. */
struct search {
    const int *x, *y;   /* the kept classes of the two sides */
    long *forward;      /* per diagonal: furthest x reached from the start */
    long *backward;     /* per diagonal: furthest (least) x reached from the end */
    char *x_changed, *y_changed; /* per kept line */
};

/* ---- Equivalence classes ---- */

static int is_space(unsigned char character) {
    return isspace(character) != 0;
}

/* Walks a line's characters as the options see them. */
struct reader {
    const unsigned char *next, *end;
};

/* The next character of a line under -i, -b and -w, or -1 at its end. */
static int next_character(struct reader *reader) {
    while (reader->next < reader->end) {
        unsigned char character = *reader->next;
        if (is_space(character) && (options.ignore_all_space || options.ignore_space_change)) {
            while (reader->next < reader->end && is_space(*reader->next))
                reader->next++;
            /* -w drops white space; -b makes a run of it one space, and drops it at the end. */
            if (options.ignore_all_space || reader->next == reader->end)
                continue;
            return ' ';
        }
        reader->next++;
        return options.ignore_case ? tolower(character) : character;
    }
    return -1;
}

static int ignores_space(void) {
    return options.ignore_all_space || options.ignore_space_change;
}

static int lines_equal(const struct line *a, const struct line *b) {
    if (!options.ignore_case && !ignores_space())
        return a->length == b->length && a->has_newline == b->has_newline && memcmp(a->text, b->text, a->length) == 0;
    /* A missing final newline is white space to -b and -w. */
    if (!ignores_space() && a->has_newline != b->has_newline)
        return 0;
    struct reader first = {(const unsigned char *)a->text, (const unsigned char *)a->text + a->length};
    struct reader second = {(const unsigned char *)b->text, (const unsigned char *)b->text + b->length};
    for (;;) {
        int one = next_character(&first), other = next_character(&second);
        if (one != other)
            return 0;
        if (one < 0)
            return 1;
    }
}

static unsigned long hash_line(const struct line *line) {
    unsigned long hash = 2166136261u;
    struct reader reader = {(const unsigned char *)line->text, (const unsigned char *)line->text + line->length};
    int character;
    while ((character = next_character(&reader)) >= 0)
        hash = (hash ^ (unsigned long)character) * 16777619u;
    if (!ignores_space())
        hash ^= (unsigned long)line->has_newline;
    return hash;
}

/* One entry of the table from line contents to class numbers. */
struct class_entry {
    const struct line *line;
    unsigned long hash;
    int class_number;
};

/* Gives every analyzed line of both sides a class number (from 1): equal
 * lines, and only those, share one. Returns how many classes there are. */
static int assign_classes(struct side sides[2]) {
    size_t lines = (size_t)(sides[0].high - sides[0].low + sides[1].high - sides[1].low);
    size_t size = 16;
    while (size < lines * 2)
        size *= 2;
    struct class_entry *table = allocate(size * sizeof *table);
    memset(table, 0, size * sizeof *table);
    int classes = 0;
    for (int which = 0; which < 2; which++) {
        struct side *side = &sides[which];
        side->classes = allocate((size_t)(side->high - side->low + 1) * sizeof *side->classes);
        for (long index = side->low; index < side->high; index++) {
            const struct line *line = &side->file->lines[index];
            unsigned long hash = hash_line(line);
            size_t slot = hash & (size - 1);
            while (table[slot].line && (table[slot].hash != hash || !lines_equal(table[slot].line, line)))
                slot = (slot + 1) & (size - 1);
            if (!table[slot].line) {
                table[slot] = (struct class_entry){line, hash, ++classes};
            }
            side->classes[index - side->low] = table[slot].class_number;
        }
    }
    free(table);
    return classes;
}

/* ---- Leaving lines out of the search ---- */

/* Marks of a line before the search. */
enum { KEEP = 0, CERTAIN = 1, MAYBE = 2 };

/* Settles the MAYBE marks of one side: a line with many equals is left out
 * only inside a run of left-out lines that begins and ends with CERTAIN
 * ones, where MAYBE lines are no more than a quarter of the run, do not
 * come in a long streak, and are not near an end of the run that lacks
 * three CERTAIN lines in a row. */
static void settle_marks(char *marks, long count) {
    for (long index = 0; index < count; index++) {
        if (marks[index] == MAYBE) {
            marks[index] = KEEP;
            continue;
        }
        if (marks[index] != CERTAIN)
            continue;
        long end = index;
        long maybes = 0;
        while (end < count && marks[end] != KEEP)
            maybes += marks[end++] == MAYBE;
        while (marks[end - 1] == MAYBE) {
            marks[--end] = KEEP;
            maybes--;
        }
        long length = end - index;
        if (maybes * 4 > length) {
            for (long line = index; line < end; line++)
                if (marks[line] == MAYBE)
                    marks[line] = KEEP;
        } else {
            /* A streak of `longest` MAYBE lines or more stays in the search. */
            long longest = 1;
            for (long quarter = length >> 2; (quarter >>= 2) > 0;)
                longest <<= 1;
            longest++;
            for (long line = index; line < end;) {
                long streak_end = line;
                while (streak_end < end && marks[streak_end] == MAYBE)
                    streak_end++;
                if (streak_end - line >= longest)
                    for (long member = line; member < streak_end; member++)
                        marks[member] = KEEP;
                line = streak_end > line ? streak_end : line + 1;
            }
            /* From each end, keep MAYBE lines until three CERTAIN lines in a
             * row, or a CERTAIN one at least 8 lines in. */
            for (int direction = 0; direction < 2; direction++) {
                long certain_in_a_row = 0;
                for (long step = 0; step < length; step++) {
                    long line = direction == 0 ? index + step : end - 1 - step;
                    if (step >= 8 && marks[line] == CERTAIN)
                        break;
                    if (marks[line] == CERTAIN) {
                        if (++certain_in_a_row == 3)
                            break;
                    } else {
                        marks[line] = KEEP;
                        certain_in_a_row = 0;
                    }
                }
            }
        }
        index = end - 1;
    }
}

/* Leaves out of the search the lines that are changes for certain (marking
 * them changed) and gathers the others into `kept`. */
static void leave_out_lines(struct side sides[2], int classes) {
    long *counts[2];
    for (int which = 0; which < 2; which++) {
        counts[which] = allocate((size_t)(classes + 1) * sizeof *counts[which]);
        memset(counts[which], 0, (size_t)(classes + 1) * sizeof *counts[which]);
        for (long index = 0; index < sides[which].high - sides[which].low; index++)
            counts[which][sides[which].classes[index]]++;
    }
    for (int which = 0; which < 2; which++) {
        struct side *side = &sides[which];
        const long *other_counts = counts[1 - which];
        long count = side->high - side->low;
        /* "Very many" grows with the square root of the number of lines. */
        long many = 5;
        for (long scale = count / 64; (scale >>= 2) > 0;)
            many *= 2;
        char *marks = allocate((size_t)count + 1);
        for (long index = 0; index < count; index++) {
            long equals = other_counts[side->classes[index]];
            marks[index] = equals == 0 ? CERTAIN : equals > many ? MAYBE : KEEP;
        }
        settle_marks(marks, count);
        side->kept = allocate((size_t)(count + 1) * sizeof *side->kept);
        side->kept_line = allocate((size_t)(count + 1) * sizeof *side->kept_line);
        side->kept_count = 0;
        for (long index = 0; index < count; index++) {
            if (marks[index] != KEEP) {
                side->changed[side->low + index] = 1;
            } else {
                side->kept[side->kept_count] = side->classes[index];
                side->kept_line[side->kept_count++] = side->low + index;
            }
        }
        free(marks);
    }
    free(counts[0]);
    free(counts[1]);
}

/* ---- The search ---- */

/* Finds a point (*x_middle, *y_middle) that a shortest path from
 * (x_low, y_low) to (x_high, y_high) goes through, with both ranges
 * non-empty and their first and last lines differing. Diagonal k holds the
 * points with x - y == k; each round extends the paths from the start and
 * from the end by one edit, until they meet. */
static void find_middle(struct search *search, long x_low, long x_high, long y_low, long y_high, long *x_middle,
                        long *y_middle) {
    long *forward = search->forward, *backward = search->backward;
    const long lowest = x_low - y_high, highest = x_high - y_low;
    const long forward_center = x_low - y_low, backward_center = x_high - y_high;
    long forward_low = forward_center, forward_high = forward_center;
    long backward_low = backward_center, backward_high = backward_center;
    const int odd = (forward_center - backward_center) & 1;
    forward[forward_center] = x_low;
    backward[backward_center] = x_high;
    for (;;) {
        /* Widen the diagonals reached from the start, with a fence beyond each new end. */
        if (forward_low > lowest)
            forward[--forward_low - 1] = -1;
        else
            forward_low++;
        if (forward_high < highest)
            forward[++forward_high + 1] = -1;
        else
            forward_high--;
        for (long diagonal = forward_high; diagonal >= forward_low; diagonal -= 2) {
            long from_lower = forward[diagonal - 1], from_upper = forward[diagonal + 1];
            long x = from_lower < from_upper ? from_upper : from_lower + 1;
            long y = x - diagonal;
            while (x < x_high && y < y_high && search->x[x] == search->y[y]) {
                x++;
                y++;
            }
            forward[diagonal] = x;
            if (odd && backward_low <= diagonal && diagonal <= backward_high && backward[diagonal] <= x) {
                *x_middle = x;
                *y_middle = y;
                return;
            }
        }
        /* The same from the end. */
        if (backward_low > lowest)
            backward[--backward_low - 1] = LONG_MAX;
        else
            backward_low++;
        if (backward_high < highest)
            backward[++backward_high + 1] = LONG_MAX;
        else
            backward_high--;
        for (long diagonal = backward_high; diagonal >= backward_low; diagonal -= 2) {
            long from_lower = backward[diagonal - 1], from_upper = backward[diagonal + 1];
            long x = from_lower < from_upper ? from_lower : from_upper - 1;
            long y = x - diagonal;
            while (x > x_low && y > y_low && search->x[x - 1] == search->y[y - 1]) {
                x--;
                y--;
            }
            backward[diagonal] = x;
            if (!odd && forward_low <= diagonal && diagonal <= forward_high && x <= forward[diagonal]) {
                *x_middle = x;
                *y_middle = y;
                return;
            }
        }
    }
}

/* Marks the kept lines of x[x_low, x_high) and y[y_low, y_high) that a
 * shortest path does not pair up. */
static void compare_ranges(struct search *search, long x_low, long x_high, long y_low, long y_high) {
    while (x_low < x_high && y_low < y_high && search->x[x_low] == search->y[y_low]) {
        x_low++;
        y_low++;
    }
    while (x_low < x_high && y_low < y_high && search->x[x_high - 1] == search->y[y_high - 1]) {
        x_high--;
        y_high--;
    }
    if (x_low == x_high) {
        memset(search->y_changed + y_low, 1, (size_t)(y_high - y_low));
    } else if (y_low == y_high) {
        memset(search->x_changed + x_low, 1, (size_t)(x_high - x_low));
    } else {
        long x_middle, y_middle;
        find_middle(search, x_low, x_high, y_low, y_high, &x_middle, &y_middle);
        compare_ranges(search, x_low, x_middle, y_low, y_middle);
        compare_ranges(search, x_middle, x_high, y_middle, y_high);
    }
}

static void search_kept_lines(struct side sides[2]) {
    long x_count = sides[0].kept_count, y_count = sides[1].kept_count;
    size_t diagonals = (size_t)(x_count + y_count + 3);
    long *forward = allocate(diagonals * sizeof *forward);
    long *backward = allocate(diagonals * sizeof *backward);
    char *x_changed = allocate((size_t)x_count + 1);
    char *y_changed = allocate((size_t)y_count + 1);
    memset(x_changed, 0, (size_t)x_count + 1);
    memset(y_changed, 0, (size_t)y_count + 1);
    struct search search = {
        .x = sides[0].kept,
        .y = sides[1].kept,
        /* Diagonals run from -(y_count + 1) to x_count + 1. */
        .forward = forward + y_count + 1,
        .backward = backward + y_count + 1,
        .x_changed = x_changed,
        .y_changed = y_changed,
    };
    compare_ranges(&search, 0, x_count, 0, y_count);
    for (long index = 0; index < x_count; index++)
        if (x_changed[index])
            sides[0].changed[sides[0].kept_line[index]] = 1;
    for (long index = 0; index < y_count; index++)
        if (y_changed[index])
            sides[1].changed[sides[1].kept_line[index]] = 1;
    free(forward);
    free(backward);
    free(x_changed);
    free(y_changed);
}

/* ---- Tidying ---- */

/* Slides the runs of changes of `side` (see the top of the file); `other`
 * is the other side, whose changes stay where they are. */
static void slide_runs(struct side *side, const struct side *other) {
    char *changed = side->changed;
    const char *other_changed = other->changed;
    const int *classes = side->classes - side->low; /* indexed by line number */
    long line = side->low, other_line = other->low;
    const long end = side->high;
    for (;;) {
        /* Pass unchanged lines, each paired with the next unchanged line of the other side. */
        while (line < end && !changed[line]) {
            while (other_changed[other_line])
                other_line++;
            other_line++;
            line++;
        }
        if (line == end)
            return;
        long start = line;
        while (changed[line])
            line++;
        while (other_changed[other_line])
            other_line++;
        /* Now the run is [start, line), and other_line pairs with `line`. */
        long aligned; /* where the run's end meets a run of the other side; `end` if nowhere */
        long length;
        do {
            length = line - start;
            /* Up, while the line above equals the run's last line. */
            while (start > side->low && classes[start - 1] == classes[line - 1]) {
                changed[--start] = 1;
                changed[--line] = 0;
                while (changed[start - 1])
                    start--;
                other_line--;
                while (other_changed[other_line])
                    other_line--;
            }
            aligned = other_changed[other_line - 1] ? line : end;
            /* Down, while the run's first line equals the line below. */
            while (line < end && classes[start] == classes[line]) {
                changed[start++] = 0;
                changed[line++] = 1;
                while (changed[line])
                    line++;
                other_line++;
                while (other_changed[other_line]) {
                    other_line++;
                    aligned = line;
                }
            }
        } while (length != line - start);
        /* Back up to the lowest point where the run meets the other side's. */
        while (aligned < line) {
            changed[--start] = 1;
            changed[--line] = 0;
            other_line--;
            while (other_changed[other_line])
                other_line--;
        }
    }
}

/* ---- The whole comparison ---- */

static int lines_identical(const struct line *a, const struct line *b) {
    return a->length == b->length && a->has_newline == b->has_newline && memcmp(a->text, b->text, a->length) == 0;
}

struct change *compare_lines(const struct file_text *first, const struct file_text *second, long *count) {
    struct side sides[2] = {{.file = first}, {.file = second}};
    long horizon = options.format == FORMAT_UNIFIED ? options.context : 0;
    /* The identical head and tail, less the horizon, stay out of the analysis. */
    long shorter = first->line_count < second->line_count ? first->line_count : second->line_count;
    long head = 0;
    while (head < shorter && lines_identical(&first->lines[head], &second->lines[head]))
        head++;
    long tail = 0;
    while (tail < shorter - head &&
           lines_identical(&first->lines[first->line_count - 1 - tail], &second->lines[second->line_count - 1 - tail]))
        tail++;
    head = head > horizon ? head - horizon : 0;
    tail = tail > horizon ? tail - horizon : 0;
    for (int which = 0; which < 2; which++) {
        struct side *side = &sides[which];
        side->low = head;
        side->high = side->file->line_count - tail;
        side->changed = allocate((size_t)side->file->line_count + 2);
        memset(side->changed, 0, (size_t)side->file->line_count + 2);
        side->changed++; /* so that changed[-1] is 0 */
    }
    int classes = assign_classes(sides);
    leave_out_lines(sides, classes);
    search_kept_lines(sides);
    slide_runs(&sides[0], &sides[1]);
    slide_runs(&sides[1], &sides[0]);

    /* Group the changed lines into changes. */
    struct change *changes = NULL;
    long capacity = 0;
    *count = 0;
    const char *first_changed = sides[0].changed, *second_changed = sides[1].changed;
    long one = 0, other = 0;
    while (one < first->line_count || other < second->line_count) {
        if (!first_changed[one] && !second_changed[other]) {
            one++;
            other++;
            continue;
        }
        struct change change = {.first_start = one, .second_start = other};
        while (first_changed[one])
            one++;
        while (second_changed[other])
            other++;
        change.deleted = one - change.first_start;
        change.inserted = other - change.second_start;
        if (*count == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            changes = reallocate(changes, (size_t)capacity * sizeof *changes);
        }
        changes[(*count)++] = change;
    }
    for (int which = 0; which < 2; which++) {
        free(sides[which].changed - 1);
        free(sides[which].classes);
        free(sides[which].kept);
        free(sides[which].kept_line);
    }
    return changes;
}
