/* edit: a full-screen text editor for the console. `edit [+LINE] FILE` opens
 * FILE (a new file if it does not exist) at LINE (the first by default).
 *
 * Keys: the arrows move, Home/End (Ctrl-A, Ctrl-E) go to the start or end of
 * the line, PgUp/PgDn (Ctrl-Y, Ctrl-V) by a screen; typing inserts, Enter
 * splits the line, Backspace and Delete (Ctrl-D) remove, joining lines at
 * their ends. Ctrl-F searches (see search.c), Ctrl-S (or Ctrl-O) saves,
 * Ctrl-Q (or Ctrl-X) quits, asking first if there are unsaved changes, and
 * Ctrl-L repaints. Ctrl-O and Ctrl-X are there for terminals that keep
 * Ctrl-S and Ctrl-Q for flow control; Ctrl-Y and Ctrl-V for keyboards
 * without page keys.
 *
 * The screen size comes from COLUMNS and LINES (80x24 if unset); long lines
 * scroll the view sideways, tabs show as spaces up to the next multiple of
 * 8 and other control characters as ^X. This file reads the arguments and
 * runs the key loop; edit.h lists the other parts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#include "edit.h"

static const char help_message[] = "Ctrl-S save  Ctrl-Q quit  Ctrl-F find";

static void usage(FILE *stream) {
    fprintf(stream, "usage: edit [+LINE] FILE\n");
}

static void show_help(void) {
    usage(stdout);
    printf("Edit FILE full-screen on the console; a FILE that does not exist is created\n"
           "when saved. +LINE starts with the cursor on line LINE.\n"
           "\n"
           "  arrows, Home/End (Ctrl-A/E), PgUp/PgDn (Ctrl-Y/V)  move\n"
           "  Enter, Backspace, Delete (Ctrl-D), Tab             edit\n"
           "  Ctrl-F   search: type to find, Ctrl-F/Down next, Up previous,\n"
           "           Enter stays, Esc goes back; Ctrl-F Enter finds the last text again\n"
           "  Ctrl-S   save (also Ctrl-O)\n"
           "  Ctrl-Q   quit, asking first if there are unsaved changes (also Ctrl-X)\n"
           "  Ctrl-L   repaint the screen\n"
           "\n"
           "The screen size is read from COLUMNS and LINES (80x24 if unset).\n");
}

/* Says that memory ran out and the last key changed nothing. */
static void report_no_memory(struct editor *editor) {
    set_message(editor, "out of memory: the change was not made");
}

static struct line *current_line(struct editor *editor) {
    return &editor->buffer.lines[editor->row];
}

/* Remembers the cursor's screen column for moves up and down. */
static void keep_column(struct editor *editor) {
    editor->preferred_x = column_to_x(current_line(editor), editor->column);
}

static void move_left(struct editor *editor) {
    struct line *line = current_line(editor);
    if (editor->column > 0) {
        editor->column = previous_character(line->text, line->length, editor->column);
    } else if (editor->row > 0) {
        editor->row--;
        editor->column = current_line(editor)->length;
    }
    keep_column(editor);
}

static void move_right(struct editor *editor) {
    struct line *line = current_line(editor);
    if (editor->column < line->length) {
        editor->column += character_length(line->text, line->length, editor->column);
    } else if (editor->row + 1 < editor->buffer.count) {
        editor->row++;
        editor->column = 0;
    }
    keep_column(editor);
}

/* Moves the cursor to line `row`, as near the remembered column as it can. */
static void move_to_row(struct editor *editor, size_t row) {
    editor->row = row < editor->buffer.count ? row : editor->buffer.count - 1;
    editor->column = x_to_column(current_line(editor), editor->preferred_x);
}

/* Moves the view and the cursor a screen up (-1) or down (+1). */
static void move_page(struct editor *editor, int direction) {
    size_t page = (size_t)text_rows(editor);
    size_t count = editor->buffer.count;
    if (direction < 0) {
        editor->top_row = editor->top_row > page ? editor->top_row - page : 0;
        move_to_row(editor, editor->row > page ? editor->row - page : 0);
    } else {
        size_t last_top = count > page ? count - page : 0;
        editor->top_row = editor->top_row + page < last_top ? editor->top_row + page : last_top;
        move_to_row(editor, editor->row + page);
    }
}

static void insert_byte(struct editor *editor, char byte) {
    if (buffer_insert(&editor->buffer, editor->row, editor->column, &byte, 1) < 0) {
        report_no_memory(editor);
        return;
    }
    editor->column++;
    editor->modified = 1;
    keep_column(editor);
}

static void insert_newline(struct editor *editor) {
    if (buffer_split_line(&editor->buffer, editor->row, editor->column) < 0) {
        report_no_memory(editor);
        return;
    }
    editor->row++;
    editor->column = 0;
    editor->modified = 1;
    keep_column(editor);
}

/* Removes the character before the cursor, or joins the line to the one above. */
static void delete_backward(struct editor *editor) {
    struct line *line = current_line(editor);
    if (editor->column > 0) {
        size_t start = previous_character(line->text, line->length, editor->column);
        buffer_delete(&editor->buffer, editor->row, start, editor->column - start);
        editor->column = start;
    } else if (editor->row > 0) {
        size_t joint = editor->buffer.lines[editor->row - 1].length;
        if (buffer_join_lines(&editor->buffer, editor->row - 1) < 0) {
            report_no_memory(editor);
            return;
        }
        editor->row--;
        editor->column = joint;
    } else {
        return;
    }
    editor->modified = 1;
    keep_column(editor);
}

/* Removes the character under the cursor, or joins the next line to this one. */
static void delete_forward(struct editor *editor) {
    struct line *line = current_line(editor);
    if (editor->column < line->length) {
        buffer_delete(&editor->buffer, editor->row, editor->column,
                      character_length(line->text, line->length, editor->column));
    } else if (editor->row + 1 < editor->buffer.count) {
        if (buffer_join_lines(&editor->buffer, editor->row) < 0) {
            report_no_memory(editor);
            return;
        }
    } else {
        return;
    }
    editor->modified = 1;
}

static void save(struct editor *editor) {
    long long bytes = buffer_save(&editor->buffer, editor->path);
    if (bytes < 0) {
        set_message(editor, "cannot save %s: %s", editor->path, strerror(errno));
        return;
    }
    editor->modified = 0;
    size_t lines = bytes == 0 ? 0 : editor->buffer.count;
    set_message(editor, "saved %s: %zu line%s, %lld bytes", editor->path, lines, lines == 1 ? "" : "s", bytes);
}

/* Whether to quit: at once if everything is saved, else if the user says so. */
static int confirm_quit(struct editor *editor) {
    if (!editor->modified)
        return 1;
    editor->prompt = "unsaved changes: quit anyway? (y/n) ";
    editor->answer = "";
    screen_draw(editor);
    int key = read_key();
    editor->prompt = NULL;
    if (key == 'y' || key == 'Y')
        return 1;
    set_message(editor, "not quitting; Ctrl-S saves");
    return 0;
}

/* Acts on one key; returns 1 when the editor should quit. */
static int handle_key(struct editor *editor, int key) {
    switch (key) {
    case KEY_UP:
        if (editor->row > 0)
            move_to_row(editor, editor->row - 1);
        break;
    case KEY_DOWN: move_to_row(editor, editor->row + 1); break;
    case KEY_LEFT: move_left(editor); break;
    case KEY_RIGHT: move_right(editor); break;
    case KEY_HOME:
    case CONTROL('A'):
        editor->column = 0;
        keep_column(editor);
        break;
    case KEY_END:
    case CONTROL('E'):
        editor->column = current_line(editor)->length;
        keep_column(editor);
        break;
    case KEY_PAGE_UP:
    case CONTROL('Y'): move_page(editor, -1); break;
    case KEY_PAGE_DOWN:
    case CONTROL('V'): move_page(editor, +1); break;
    case KEY_ENTER: insert_newline(editor); break;
    case KEY_BACKSPACE: delete_backward(editor); break;
    case KEY_DELETE:
    case CONTROL('D'): delete_forward(editor); break;
    case '\t': insert_byte(editor, '\t'); break;
    case CONTROL('F'): search(editor); break;
    case CONTROL('S'):
    case CONTROL('O'): save(editor); break;
    case CONTROL('Q'):
    case CONTROL('X'): return confirm_quit(editor);
    case CONTROL('L'): screen_invalidate(); break;
    case KEY_ESCAPE:
    case KEY_NONE: break;
    default:
        if (key >= 0x20 && key < 0x100 && key != 0x7f)
            insert_byte(editor, (char)key);
        else
            set_message(editor, "%s", help_message);
        break;
    }
    return 0;
}

/* Reads +LINE: a positive decimal number. Returns 0, or -1 if it is not one. */
static int parse_line_number(const char *text, size_t *line) {
    size_t value = 0;
    if (!*text)
        return -1;
    for (const char *digit = text; *digit; digit++) {
        if (*digit < '0' || *digit > '9' || value > 100000000)
            return -1;
        value = value * 10 + (size_t)(*digit - '0');
    }
    if (value == 0)
        return -1;
    *line = value;
    return 0;
}

int main(int argc, char **argv) {
    const char *path = NULL;
    size_t start_line = 1;
    int options_done = 0;
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (!options_done && strcmp(argument, "--help") == 0) {
            show_help();
            return 0;
        }
        if (!options_done && strcmp(argument, "--") == 0) {
            options_done = 1;
        } else if (!options_done && argument[0] == '-' && argument[1] == '-') {
            fprintf(stderr, "edit: unrecognized option '%s'\n", argument);
            usage(stderr);
            return 2;
        } else if (!options_done && argument[0] == '-' && argument[1] != '\0') {
            fprintf(stderr, "edit: invalid option -- '%c'\n", argument[1]);
            usage(stderr);
            return 2;
        } else if (!options_done && argument[0] == '+') {
            if (parse_line_number(argument + 1, &start_line) < 0) {
                fprintf(stderr, "edit: invalid line number: '%s'\n", argument + 1);
                usage(stderr);
                return 2;
            }
        } else if (path) {
            fprintf(stderr, "edit: extra operand '%s'\n", argument);
            usage(stderr);
            return 2;
        } else {
            path = argument;
        }
    }
    if (!path) {
        fprintf(stderr, "edit: missing file operand\n");
        usage(stderr);
        return 2;
    }

    static struct editor editor;
    editor.path = path;
    enum load_result loaded = buffer_load(&editor.buffer, path);
    if (loaded == LOAD_FAILED) {
        fprintf(stderr, "edit: %s: %s\n", path, strerror(errno));
        return 1;
    }
    move_to_row(&editor, start_line - 1);
    set_message(&editor, "%s%s", loaded == LOAD_NEW_FILE ? "new file; " : "", help_message);

    int previous_mode = wasmos_console_mode(WASMOS_CONSOLE_RAW);
    screen_open(&editor);
    int input_ended = 0;
    for (;;) {
        /* Keys already typed (or pasted) go in before the screen is drawn. */
        if (!key_waiting())
            screen_draw(&editor);
        int key = read_key();
        if (key == KEY_END_OF_INPUT) {
            input_ended = 1;
            break;
        }
        editor.message[0] = '\0';
        if (handle_key(&editor, key))
            break;
    }
    screen_close();
    if (previous_mode >= 0)
        wasmos_console_mode(previous_mode);
    int status = 0;
    if (input_ended && editor.modified) {
        fprintf(stderr, "edit: end of input: %s was not saved\n", path);
        status = 1;
    }
    buffer_free(&editor.buffer);
    return status;
}
