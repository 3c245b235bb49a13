/* The line editor: raw console input, VT100 redraws, cursor movement, and
 * the keys for history and completion. */
#include <stdio.h>
#include <string.h>
#include <wasmos.h>

#include "shell.h"

void put_text(const char *text, size_t length) {
    while (length > 0) {
        int written = wasmos_write(1, text, (unsigned)length);
        if (written <= 0)
            return;
        text += written;
        length -= (size_t)written;
    }
}

void put_string(const char *text) {
    put_text(text, strlen(text));
}

/* Input state that outlives one line: a CR followed by LF is one Enter. */
static int last_was_carriage_return;
static int input_ended;

static int read_byte(void) {
    unsigned char c;
    int count = wasmos_read(0, &c, 1);
    return count == 1 ? c : -1;
}

void editor_redraw(const struct editor *editor) {
    char moves[16];
    put_string("\r");
    put_string(editor->prompt);
    put_text(editor->line, editor->length);
    put_string("\x1b[K");
    if (editor->length > editor->cursor) {
        snprintf(moves, sizeof moves, "\x1b[%zuD", editor->length - editor->cursor);
        put_string(moves);
    }
}

static void set_line(struct editor *editor, const char *text) {
    size_t length = strlen(text);
    if (length >= LINE_CAPACITY)
        length = LINE_CAPACITY - 1;
    memcpy(editor->line, text, length);
    editor->line[length] = '\0';
    editor->length = editor->cursor = length;
    editor_redraw(editor);
}

void editor_insert_byte(struct editor *editor, char c) {
    if (editor->length >= LINE_CAPACITY - 1) {
        if (!editor->overflowed)
            put_string("\a"); /* full: beep once and drop what follows */
        editor->overflowed = 1;
        return;
    }
    memmove(editor->line + editor->cursor + 1, editor->line + editor->cursor, editor->length - editor->cursor);
    editor->line[editor->cursor++] = c;
    editor->length++;
    editor->line[editor->length] = '\0';
    if (editor->cursor == editor->length)
        put_text(&c, 1);
    else
        editor_redraw(editor);
}

static void delete_range(struct editor *editor, size_t from, size_t to) {
    if (from >= to)
        return;
    memmove(editor->line + from, editor->line + to, editor->length - to);
    editor->length -= to - from;
    editor->line[editor->length] = '\0';
    editor->cursor = from;
    editor_redraw(editor);
}

static void move_cursor(struct editor *editor, size_t position) {
    if (position == editor->cursor)
        return;
    char moves[16];
    if (position < editor->cursor)
        snprintf(moves, sizeof moves, "\x1b[%zuD", editor->cursor - position);
    else
        snprintf(moves, sizeof moves, "\x1b[%zuC", position - editor->cursor);
    put_string(moves);
    editor->cursor = position;
}

static void browse_history(struct editor *editor, int direction) {
    int position = editor->history_position + direction;
    if (position < 0 || position > history_length())
        return;
    if (editor->history_position == history_length())
        memcpy(editor->draft, editor->line, editor->length + 1);
    editor->history_position = position;
    set_line(editor, position == history_length() ? editor->draft : history_line(position));
}

/* Reads the rest of an escape sequence (after ESC) and applies it. */
static void handle_escape(struct editor *editor) {
    int introducer = read_byte();
    if (introducer != '[' && introducer != 'O')
        return;
    char parameter[8];
    size_t parameter_length = 0;
    int final;
    for (;;) {
        final = read_byte();
        if (final < 0)
            return;
        if (final >= 0x40 && final <= 0x7e)
            break;
        if (parameter_length < sizeof parameter - 1)
            parameter[parameter_length++] = (char)final;
    }
    parameter[parameter_length] = '\0';
    switch (final) {
    case 'A': browse_history(editor, -1); break;
    case 'B': browse_history(editor, +1); break;
    case 'C': if (editor->cursor < editor->length) move_cursor(editor, editor->cursor + 1); break;
    case 'D': if (editor->cursor > 0) move_cursor(editor, editor->cursor - 1); break;
    case 'H': move_cursor(editor, 0); break;
    case 'F': move_cursor(editor, editor->length); break;
    case '~':
        if (strcmp(parameter, "1") == 0 || strcmp(parameter, "7") == 0)
            move_cursor(editor, 0);
        else if (strcmp(parameter, "4") == 0 || strcmp(parameter, "8") == 0)
            move_cursor(editor, editor->length);
        else if (strcmp(parameter, "3") == 0 && editor->cursor < editor->length)
            delete_range(editor, editor->cursor, editor->cursor + 1);
        break;
    default: break;
    }
}

/* Reads one line into editor->line. */
enum read_result read_line(struct editor *editor) {
    editor->length = editor->cursor = 0;
    editor->line[0] = '\0';
    editor->overflowed = 0;
    editor->history_position = history_length();
    put_string(editor->prompt);
    if (input_ended)
        return LINE_END_OF_INPUT;
    for (;;) {
        int c = read_byte();
        if (c < 0) {
            input_ended = 1;
            put_string("\r\n");
            return editor->length ? LINE_READY : LINE_END_OF_INPUT;
        }
        if (c == '\n' && last_was_carriage_return) {
            last_was_carriage_return = 0;
            continue;
        }
        last_was_carriage_return = c == '\r';
        switch (c) {
        case '\r':
        case '\n':
            put_string("\r\n");
            return LINE_READY;
        case 3: /* Ctrl-C */
            put_string("^C\r\n");
            return LINE_CANCELLED;
        case 4: /* Ctrl-D */
            if (editor->length == 0) {
                put_string("\r\n");
                return LINE_END_OF_INPUT;
            }
            if (editor->cursor < editor->length)
                delete_range(editor, editor->cursor, editor->cursor + 1);
            break;
        case 0x7f:
        case 8: /* backspace */
            if (editor->cursor > 0)
                delete_range(editor, editor->cursor - 1, editor->cursor);
            break;
        case 1: move_cursor(editor, 0); break;                         /* Ctrl-A */
        case 5: move_cursor(editor, editor->length); break;            /* Ctrl-E */
        case 2: if (editor->cursor > 0) move_cursor(editor, editor->cursor - 1); break; /* Ctrl-B */
        case 6: if (editor->cursor < editor->length) move_cursor(editor, editor->cursor + 1); break; /* Ctrl-F */
        case 11: delete_range(editor, editor->cursor, editor->length); break; /* Ctrl-K */
        case 21: delete_range(editor, 0, editor->length); break;       /* Ctrl-U */
        case 23: {                                                     /* Ctrl-W */
            size_t start = editor->cursor;
            while (start > 0 && editor->line[start - 1] == ' ')
                start--;
            while (start > 0 && editor->line[start - 1] != ' ')
                start--;
            delete_range(editor, start, editor->cursor);
            break;
        }
        case 12: /* Ctrl-L */
            put_string("\x1b[H\x1b[2J");
            editor_redraw(editor);
            break;
        case 16: browse_history(editor, -1); break; /* Ctrl-P */
        case 14: browse_history(editor, +1); break; /* Ctrl-N */
        case 27: handle_escape(editor); break;
        case '\t': complete(editor); break;
        default:
            if (c >= 32)
                editor_insert_byte(editor, (char)c);
            break;
        }
    }
}
