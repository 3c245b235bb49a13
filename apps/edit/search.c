/* Searching: an incremental prompt that moves the cursor to the first match
 * at or after where it started as the text is typed; Ctrl-F or Down go to
 * the next match, Up to the one before, both wrapping around the file;
 * Enter stays, Escape (or Ctrl-C, Ctrl-G) goes back. Ctrl-F or Enter on an
 * empty prompt searches again for the last text. Matching is byte for byte,
 * case-sensitive, within a line. */
#include <string.h>

#include "edit.h"

/* The text searched for last. */
static char last_query[256];

/* A place in the buffer. */
struct position {
    size_t row;
    size_t column;
};

/* The first match in `line` starting in from..to-1, or -1. */
static long long first_match(const struct line *line, const char *query, size_t length, size_t from, size_t to) {
    if (to > line->length)
        to = line->length;
    if (from >= to || line->length - from < length)
        return -1;
    const char *found = memmem(line->text + from, line->length - from, query, length);
    if (!found || (size_t)(found - line->text) >= to)
        return -1;
    return found - line->text;
}

/* The last match in `line` starting in from..to-1, or -1. */
static long long last_match(const struct line *line, const char *query, size_t length, size_t from, size_t to) {
    long long last = -1;
    for (long long found; (found = first_match(line, query, length, from, to)) >= 0; from = (size_t)found + 1)
        last = found;
    return last;
}

/* Finds `query` from `start` on (forward) or before it (backward), wrapping
 * around the file. A forward search finds a match at `start` itself. */
static int find(const struct buffer *buffer, const char *query, int forward, struct position start,
                struct position *found) {
    size_t length = strlen(query);
    if (length == 0)
        return 0;
    /* Every line once, and the starting line a second time for its other part. */
    for (size_t step = 0; step <= buffer->count; step++) {
        size_t row;
        size_t from = 0, to = (size_t)-1;
        if (forward) {
            row = (start.row + step) % buffer->count;
            if (step == 0)
                from = start.column;
            else if (step == buffer->count)
                to = start.column;
        } else {
            row = (start.row + buffer->count - step % buffer->count) % buffer->count;
            if (step == 0)
                to = start.column;
            else if (step == buffer->count)
                from = start.column;
        }
        const struct line *line = &buffer->lines[row];
        long long column = forward ? first_match(line, query, length, from, to) : last_match(line, query, length, from, to);
        if (column >= 0) {
            found->row = row;
            found->column = (size_t)column;
            return 1;
        }
    }
    return 0;
}

/* Whether `after` lies after `before` in the file. */
static int is_after(struct position after, struct position before) {
    return after.row > before.row || (after.row == before.row && after.column > before.column);
}

static void move_to(struct editor *editor, struct position position) {
    editor->row = position.row;
    editor->column = position.column;
    editor->preferred_x = column_to_x(&editor->buffer.lines[position.row], position.column);
}

/* Searches from `start` and moves there; says in the prompt how it went. */
static int search_from(struct editor *editor, const char *query, int forward, struct position start) {
    struct position found;
    if (!find(&editor->buffer, query, forward, start, &found)) {
        editor->prompt = "Search (not found): ";
        return 0;
    }
    int wrapped = forward ? is_after(start, found) : !is_after(start, found);
    editor->prompt = wrapped ? "Search (wrapped): " : "Search: ";
    move_to(editor, found);
    return 1;
}

void search(struct editor *editor) {
    char query[sizeof last_query] = "";
    size_t length = 0;
    struct position origin = {editor->row, editor->column};
    size_t origin_top = editor->top_row, origin_left = editor->left_x;
    int found = 0;
    editor->prompt = "Search: ";
    editor->answer = query;
    for (;;) {
        if (!key_waiting())
            screen_draw(editor);
        int key = read_key();
        if (key == KEY_END_OF_INPUT || key == KEY_ESCAPE || key == CONTROL('C') || key == CONTROL('G')) {
            move_to(editor, origin);
            editor->top_row = origin_top;
            editor->left_x = origin_left;
            set_message(editor, "search cancelled");
            break;
        }
        int again = key == CONTROL('F') || key == KEY_DOWN || key == KEY_UP;
        if ((again || key == KEY_ENTER) && length == 0 && last_query[0]) {
            /* Searching again: from just past the cursor, as if on a match. */
            length = strlen(last_query);
            memcpy(query, last_query, length + 1);
            again = found = 1;
        }
        if (again && length > 0) {
            struct position here = {editor->row, editor->column};
            if (key == KEY_UP) {
                found = search_from(editor, query, 0, here);
            } else {
                /* Past the match the cursor is on, if it is on one. */
                if (found)
                    here.column++;
                found = search_from(editor, query, 1, here);
            }
        }
        if (again && key != KEY_ENTER)
            continue;
        if (key == KEY_ENTER) {
            if (length > 0 && !found)
                set_message(editor, "not found: %s", query);
            break;
        }
        if (key == KEY_BACKSPACE && length > 0) {
            length = previous_character(query, length, length);
            query[length] = '\0';
        } else if (key >= 0x20 && key < 0x100 && key != 0x7f && length + 1 < sizeof query) {
            query[length++] = (char)key;
            query[length] = '\0';
        } else {
            continue;
        }
        if (length == 0) {
            move_to(editor, origin);
            editor->prompt = "Search: ";
            found = 0;
        } else {
            found = search_from(editor, query, 1, origin);
            if (!found)
                move_to(editor, origin);
        }
    }
    editor->prompt = NULL;
    if (length > 0)
        memcpy(last_query, query, length + 1);
}
