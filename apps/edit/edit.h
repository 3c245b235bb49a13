/* The editor's private header: what its parts share. main.c reads the
 * arguments and runs the key loop; buffer.c holds the lines and loads and
 * saves them; text.c measures characters and their screen columns; keys.c
 * turns console bytes into keys; screen.c draws frames; search.c runs the
 * search prompt. */
#ifndef EDIT_H
#define EDIT_H

#include <stddef.h>

/* Screen columns between tab stops. */
#define TAB_WIDTH 8

/* ---- the lines of the file (buffer.c) --------------------------------------- */

/* One line, without its newline, in a buffer of its own. */
struct line {
    char *text;
    size_t length;
    size_t capacity;
};

/* Whether saving ends the last line with a newline. */
enum final_newline {
    FINAL_NEWLINE_NO,          /* a file that had none keeps it so */
    FINAL_NEWLINE_YES,
    FINAL_NEWLINE_UNLESS_EMPTY /* new and empty files: unless nothing was typed */
};

/* The whole file: always at least one (maybe empty) line. */
struct buffer {
    struct line *lines;
    size_t count;
    size_t capacity;
    enum final_newline final_newline;
};

/* How buffer_load ended. */
enum load_result { LOAD_READ, LOAD_NEW_FILE, LOAD_FAILED };

/* Fills `buffer` from the file at `path`; a missing file gives one empty
 * line (LOAD_NEW_FILE). On LOAD_FAILED errno says why. */
enum load_result buffer_load(struct buffer *buffer, const char *path);
/* Writes `buffer` to `path`; returns the bytes written, or -1 with errno. */
long long buffer_save(const struct buffer *buffer, const char *path);
void buffer_free(struct buffer *buffer);

/* Edits; each returns 0, or -1 when memory ran out (nothing changed then). */
int buffer_insert(struct buffer *buffer, size_t row, size_t column, const char *bytes, size_t length);
void buffer_delete(struct buffer *buffer, size_t row, size_t column, size_t length);
/* Moves the part of line `row` from `column` on to a new line below it. */
int buffer_split_line(struct buffer *buffer, size_t row, size_t column);
/* Appends line `row + 1` to line `row` and removes it. */
int buffer_join_lines(struct buffer *buffer, size_t row);

/* ---- characters and screen columns (text.c) --------------------------------- */

/* The bytes of the character at `at`: a whole UTF-8 sequence, else 1. */
size_t character_length(const char *text, size_t length, size_t at);
/* Where the character before `at` starts. */
size_t previous_character(const char *text, size_t length, size_t at);
/* Screen cells the character starting with byte `c` takes at column `x`. */
size_t character_width(unsigned char c, size_t x);
/* The screen column of byte `column` of `line`. */
size_t column_to_x(const struct line *line, size_t column);
/* The start of the last character of `line` that begins at or before
 * screen column `x` (the line's end if it is shorter). */
size_t x_to_column(const struct line *line, size_t x);

/* ---- keys (keys.c) ---------------------------------------------------------- */

/* What read_key returns besides a byte (0-255). */
enum key {
    KEY_END_OF_INPUT = -1,
    KEY_NONE = 256, /* a sequence the editor does not know */
    KEY_ENTER,
    KEY_ESCAPE,
    KEY_BACKSPACE,
    KEY_DELETE,
    KEY_UP,
    KEY_DOWN,
    KEY_LEFT,
    KEY_RIGHT,
    KEY_HOME,
    KEY_END,
    KEY_PAGE_UP,
    KEY_PAGE_DOWN,
};

/* The control key for `letter` (CONTROL('S') is 19). */
#define CONTROL(letter) ((letter) & 0x1f)

/* Reads one key press, waiting for it. */
int read_key(void);
/* Whether a key is already waiting to be read. */
int key_waiting(void);

/* ---- the editor and its screen (main.c, screen.c) --------------------------- */

/* Everything about the file being edited and how it is shown. */
struct editor {
    struct buffer buffer;
    const char *path;
    int modified;
    size_t row;          /* the cursor's line */
    size_t column;       /* the cursor's byte in that line */
    size_t preferred_x;  /* the screen column Up and Down aim for */
    size_t top_row;      /* the first line on the screen */
    size_t left_x;       /* the first screen column shown */
    int rows, columns;   /* the terminal's size */
    char message[256];   /* the bottom line */
    const char *prompt;  /* when set, the bottom line is this prompt ... */
    const char *answer;  /* ... followed by what was typed so far */
};

/* Lines of text on the screen (all but the status and message lines). */
int text_rows(const struct editor *editor);
/* Sets the bottom line's message, printf-style. */
void set_message(struct editor *editor, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Scrolls so that the cursor is on the screen. */
void scroll_to_cursor(struct editor *editor);

/* Reads the screen size (COLUMNS and LINES, else 80x24) and clears the screen. */
void screen_open(struct editor *editor);
/* Clears the screen and puts the cursor home, for the shell. */
void screen_close(void);
/* Draws what changed since the last frame and places the cursor. */
void screen_draw(struct editor *editor);
/* Makes the next screen_draw repaint everything. */
void screen_invalidate(void);

/* ---- searching (search.c) --------------------------------------------------- */

/* Runs the search prompt: moves to matches as the text is typed. */
void search(struct editor *editor);

#endif
