/* The screen: the lines of text, a status line (file name, modified flag,
 * line:column, line count) and a message or prompt line at the bottom.
 *
 * Only the sequences the kernel's console understands are used: cursor
 * position (CSI row;col H), erase in line (CSI K) and display (CSI 2 J),
 * colours (CSI 30;47 m, CSI m) and cursor visibility (CSI ? 25 l / h). Each
 * frame rewrites only the screen lines that changed since the last one, so
 * that a serial line at 115200 baud keeps up. The terminal's own scrolling is
 * not used: it may have more lines than the editor knows of. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "edit.h"

/* The screen size when COLUMNS and LINES do not say. */
#define DEFAULT_COLUMNS 80
#define DEFAULT_ROWS 24

/* Bytes that grow as they are appended to. */
struct text {
    char *bytes;
    size_t length;
    size_t capacity;
};

static void append(struct text *text, const char *bytes, size_t length) {
    if (text->length + length > text->capacity) {
        size_t capacity = text->capacity ? text->capacity : 256;
        while (capacity < text->length + length)
            capacity *= 2;
        char *larger = realloc(text->bytes, capacity);
        if (!larger)
            return; /* the frame comes out short; the next one repaints */
        text->bytes = larger;
        text->capacity = capacity;
    }
    memcpy(text->bytes + text->length, bytes, length);
    text->length += length;
}

static void append_string(struct text *text, const char *string) {
    append(text, string, strlen(string));
}

static void append_format(struct text *text, const char *format, ...) __attribute__((format(printf, 2, 3)));
static void append_format(struct text *text, const char *format, ...) {
    char formatted[64];
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(formatted, sizeof formatted, format, arguments);
    va_end(arguments);
    if (length > 0)
        append(text, formatted, (size_t)length < sizeof formatted ? (size_t)length : sizeof formatted - 1);
}

/* Appends at most `cells` characters of the plain `string` (control
 * characters as '?'); returns how many cells they take. */
static size_t append_cells(struct text *text, const char *string, size_t cells) {
    size_t used = 0;
    for (const unsigned char *at = (const unsigned char *)string; *at; at++) {
        int continuation = (*at & 0xc0) == 0x80;
        if (!continuation && used == cells)
            break;
        char byte = *at < 0x20 || *at == 0x7f ? '?' : (char)*at;
        append(text, &byte, 1);
        used += !continuation;
    }
    return used;
}

static void append_spaces(struct text *text, size_t count) {
    static const char spaces[] = "                ";
    while (count > 0) {
        size_t chunk = count < sizeof spaces - 1 ? count : sizeof spaces - 1;
        append(text, spaces, chunk);
        count -= chunk;
    }
}

/* What each screen line shows now. */
static struct text *shown;
static int shown_rows;
static int shown_valid;

/* The frame being built, and one screen line of it. */
static struct text frame;
static struct text wanted;

/* A positive whole number from the environment, or `fallback`. */
static int size_from_environment(const char *name, int minimum, int fallback) {
    const char *text = getenv(name);
    long value = text ? strtol(text, NULL, 10) : 0;
    return value >= minimum && value <= 1000 ? (int)value : fallback;
}

int text_rows(const struct editor *editor) {
    return editor->rows - 2;
}

void screen_open(struct editor *editor) {
    editor->columns = size_from_environment("COLUMNS", 10, DEFAULT_COLUMNS);
    editor->rows = size_from_environment("LINES", 3, DEFAULT_ROWS);
    shown_rows = editor->rows;
    shown = calloc((size_t)shown_rows, sizeof *shown);
    shown_valid = 0;
}

void screen_close(void) {
    static const char reset[] = "\x1b[m\x1b[H\x1b[2J\x1b[?25h";
    write(1, reset, sizeof reset - 1);
}

void screen_invalidate(void) {
    shown_valid = 0;
}

void scroll_to_cursor(struct editor *editor) {
    size_t rows = (size_t)text_rows(editor);
    if (editor->row < editor->top_row)
        editor->top_row = editor->row;
    else if (editor->row >= editor->top_row + rows)
        editor->top_row = editor->row - rows + 1;
    /* The last column is kept for the sign that a line goes on (`>`); a
     * cursor past either edge moves the view by half a screen. */
    size_t width = (size_t)editor->columns - 1;
    size_t x = column_to_x(&editor->buffer.lines[editor->row], editor->column);
    if (x < editor->left_x || x >= editor->left_x + width)
        editor->left_x = x < width / 2 ? 0 : x - width / 2;
    if (x < width)
        editor->left_x = 0;
}

/* Appends the cells of `line` from screen column `left` on, `width` of them. */
static void render_line(struct text *out, const struct line *line, size_t left, size_t width) {
    size_t x = 0;
    size_t right = left + width;
    for (size_t at = 0; at < line->length && x < right;) {
        unsigned char c = (unsigned char)line->text[at];
        size_t length = character_length(line->text, line->length, at);
        size_t cells = character_width(c, x);
        if (c == '\t') {
            for (size_t cell = x; cell < x + cells; cell++) {
                if (cell >= left && cell < right)
                    append(out, " ", 1);
            }
        } else if (cells == 2) {
            char caret[2] = {'^', (char)(c == 0x7f ? '?' : c + '@')};
            for (size_t cell = 0; cell < 2; cell++) {
                if (x + cell >= left && x + cell < right)
                    append(out, &caret[cell], 1);
            }
        } else if (x >= left) {
            /* A byte that is no character of its own shows as '?'. */
            if (length == 1 && c >= 0x80)
                append(out, "?", 1);
            else
                append(out, line->text + at, length);
        }
        x += cells;
        at += length;
    }
}

/* One line of text: the file's line (cut to the screen, with `>` in the
 * last column if it goes on), or `~` below the end of the file. */
static void build_text_row(struct text *out, const struct editor *editor, size_t row) {
    if (row >= editor->buffer.count) {
        append_string(out, "~");
        return;
    }
    const struct line *line = &editor->buffer.lines[row];
    size_t columns = (size_t)editor->columns;
    size_t line_width = column_to_x(line, line->length);
    if (line_width > editor->left_x + columns) {
        render_line(out, line, editor->left_x, columns - 1);
        append_string(out, ">");
    } else {
        render_line(out, line, editor->left_x, columns);
    }
}

/* The characters before byte `column` of `line`. */
static size_t characters_before(const struct line *line, size_t column) {
    size_t count = 0;
    for (size_t at = 0; at < column; at += character_length(line->text, line->length, at))
        count++;
    return count;
}

/* The status line, in black on white: name and modified flag on the left,
 * line:column and the line count on the right. */
static void build_status_row(struct text *out, const struct editor *editor) {
    size_t columns = (size_t)editor->columns;
    char right[64];
    const struct line *line = &editor->buffer.lines[editor->row];
    snprintf(right, sizeof right, "%zu:%zu  %zu line%s ", editor->row + 1, characters_before(line, editor->column) + 1,
             editor->buffer.count, editor->buffer.count == 1 ? "" : "s");
    size_t right_length = strlen(right);
    if (right_length + 2 > columns)
        right_length = 0;
    /* The name, cut to leave room for the flag (or just `*` if the screen
     * is that narrow), a space on each side. */
    size_t room = columns - right_length - 2;
    const char *flag = !editor->modified ? "" : room > 11 ? " [modified]" : room > 1 ? "*" : "";
    append_string(out, "\x1b[30;47m ");
    size_t used = 1 + append_cells(out, editor->path, room - strlen(flag));
    append_string(out, flag);
    used += strlen(flag);
    append_spaces(out, columns - right_length - used);
    append(out, right, right_length);
    append_string(out, "\x1b[m");
}

/* The bottom line: the prompt and its answer, or the message. Its last
 * cell stays empty, so that no terminal scrolls. */
static void build_message_row(struct text *out, const struct editor *editor, size_t *cursor_x) {
    size_t cells = (size_t)editor->columns - 1;
    if (!editor->prompt) {
        append_cells(out, editor->message, cells);
        return;
    }
    size_t prompt_cells = append_cells(out, editor->prompt, cells);
    /* A long answer shows its end, where the typing is. */
    const char *answer = editor->answer;
    size_t answer_cells = 0;
    for (const char *at = answer; *at; at++)
        answer_cells += (*at & 0xc0) != 0x80;
    while (prompt_cells + answer_cells > cells && *answer) {
        answer++;
        while ((*answer & 0xc0) == 0x80)
            answer++;
        answer_cells--;
    }
    *cursor_x = prompt_cells + append_cells(out, answer, cells - prompt_cells);
}

void screen_draw(struct editor *editor) {
    scroll_to_cursor(editor);
    if (!shown)
        return;
    frame.length = 0;
    append_string(&frame, "\x1b[?25l");
    int rows = text_rows(editor);
    if (!shown_valid) {
        append_string(&frame, "\x1b[m\x1b[H\x1b[2J");
        for (int row = 0; row < shown_rows; row++)
            shown[row].length = 0;
    }
    shown_valid = 1;
    size_t cursor_x = 0;
    for (int row = 0; row < shown_rows; row++) {
        wanted.length = 0;
        if (row < rows)
            build_text_row(&wanted, editor, editor->top_row + (size_t)row);
        else if (row == rows)
            build_status_row(&wanted, editor);
        else
            build_message_row(&wanted, editor, &cursor_x);
        struct text *line = &shown[row];
        if (line->length == wanted.length && memcmp(line->bytes, wanted.bytes, wanted.length) == 0)
            continue;
        append_format(&frame, "\x1b[%d;1H", row + 1);
        append(&frame, wanted.bytes, wanted.length);
        append_string(&frame, "\x1b[K");
        line->length = 0;
        append(line, wanted.bytes, wanted.length);
    }
    if (editor->prompt) {
        append_format(&frame, "\x1b[%d;%zuH", shown_rows, cursor_x + 1);
    } else {
        size_t x = column_to_x(&editor->buffer.lines[editor->row], editor->column);
        append_format(&frame, "\x1b[%zu;%zuH", editor->row - editor->top_row + 1, x - editor->left_x + 1);
    }
    append_string(&frame, "\x1b[?25h");
    for (size_t done = 0; done < frame.length;) {
        ssize_t written = write(1, frame.bytes + done, frame.length - done);
        if (written <= 0)
            break;
        done += (size_t)written;
    }
}

void set_message(struct editor *editor, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(editor->message, sizeof editor->message, format, arguments);
    va_end(arguments);
}
