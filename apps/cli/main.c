/* cli: the WasmOS shell, started by the kernel at boot.
 *
 * It shows /etc/motd, then reads command lines with a small line editor
 * (raw console mode, VT100 redraws, history) and runs them: builtins run
 * here, anything else is an app started with runargv. A line is a list of
 * pipelines joined by ; && ||; a pipeline's stages are joined by | (run one
 * after the other through temporary files, as there are no pipes yet);
 * each stage may redirect with < > >> 2> 2>> 2>&1. Words honour '..', ".."
 * and backslash, and expand $? and $NAME / ${NAME}. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

#define LINE_CAPACITY 1024
#define HISTORY_CAPACITY 100
#define MAX_WORDS 256
#define MAX_TOKENS 512

/* ---- terminal output ------------------------------------------------------ */

static void put_text(const char *text, size_t length) {
    while (length > 0) {
        int written = wasmos_write(1, text, (unsigned)length);
        if (written <= 0)
            return;
        text += written;
        length -= (size_t)written;
    }
}

static void put_string(const char *text) {
    put_text(text, strlen(text));
}

/* The commands the shell runs itself (see run_builtin). */
static const char *const builtin_names[] = {"help",   "cd",   "pwd",      "history",  "export",
                                            "unset",  "exit", "shutdown", "poweroff", "ulimit"};

/* ---- history -------------------------------------------------------------- */

static char *history[HISTORY_CAPACITY];
static int history_count;
static int history_total; /* lines ever added, for numbering */

static void history_add(const char *line) {
    if (!*line || (history_count > 0 && strcmp(history[history_count - 1], line) == 0))
        return;
    char *copy = strdup(line);
    if (!copy)
        return;
    if (history_count == HISTORY_CAPACITY) {
        free(history[0]);
        memmove(history, history + 1, (HISTORY_CAPACITY - 1) * sizeof *history);
        history_count--;
    }
    history[history_count++] = copy;
    history_total++;
}

/* ---- line editor ---------------------------------------------------------- */

struct editor {
    char line[LINE_CAPACITY];
    size_t length;
    size_t cursor;
    const char *prompt;
    int history_position;          /* history_count when editing a new line */
    char draft[LINE_CAPACITY];     /* the new line while browsing history */
    int overflowed;                /* bytes were dropped from this line */
};

/* Input state that outlives one line: a CR followed by LF is one Enter. */
static int last_was_carriage_return;
static int input_ended;

static int read_byte(void) {
    unsigned char c;
    int count = wasmos_read(0, &c, 1);
    return count == 1 ? c : -1;
}

/* Redraws the whole line and puts the terminal cursor at the edit cursor. */
static void redraw(const struct editor *editor) {
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
    redraw(editor);
}

static void insert_byte(struct editor *editor, char c) {
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
        redraw(editor);
}

static void delete_range(struct editor *editor, size_t from, size_t to) {
    if (from >= to)
        return;
    memmove(editor->line + from, editor->line + to, editor->length - to);
    editor->length -= to - from;
    editor->line[editor->length] = '\0';
    editor->cursor = from;
    redraw(editor);
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
    if (position < 0 || position > history_count)
        return;
    if (editor->history_position == history_count)
        memcpy(editor->draft, editor->line, editor->length + 1);
    editor->history_position = position;
    set_line(editor, position == history_count ? editor->draft : history[position]);
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

/* ---- tab completion -------------------------------------------------------- */

struct candidates {
    char *names[256];
    int count;
};

static void add_candidate(struct candidates *list, const char *name, size_t length, int is_directory) {
    if (list->count == (int)(sizeof list->names / sizeof *list->names))
        return;
    char *copy = malloc(length + 2);
    if (!copy)
        return;
    memcpy(copy, name, length);
    copy[length] = is_directory ? '/' : '\0';
    copy[length + is_directory] = '\0';
    for (int index = 0; index < list->count; index++) {
        if (strcmp(list->names[index], copy) == 0) {
            free(copy);
            return;
        }
    }
    list->names[list->count++] = copy;
}

/* Collects completions of `word`: apps and builtins for the first word of a
 * command, otherwise the entries of the word's directory. */
static void collect_candidates(const char *word, size_t length, int command_position, struct candidates *list) {
    const char *slash = memrchr(word, '/', length);
    if (command_position && !slash) {
        for (size_t index = 0; index < sizeof builtin_names / sizeof *builtin_names; index++) {
            if (strncmp(builtin_names[index], word, length) == 0)
                add_candidate(list, builtin_names[index], strlen(builtin_names[index]), 0);
        }
        DIR *directory = opendir("/bin");
        struct dirent *entry;
        while (directory && (entry = readdir(directory))) {
            size_t name_length = strlen(entry->d_name);
            if (name_length > 5 && strcmp(entry->d_name + name_length - 5, ".wasm") == 0 &&
                strncmp(entry->d_name, word, length) == 0 && name_length - 5 >= length)
                add_candidate(list, entry->d_name, name_length - 5, 0);
        }
        if (directory)
            closedir(directory);
        return;
    }
    char directory_path[LINE_CAPACITY];
    size_t prefix_length = slash ? (size_t)(slash - word) + 1 : 0;
    if (slash) {
        memcpy(directory_path, word, prefix_length);
        directory_path[prefix_length] = '\0';
    } else {
        strcpy(directory_path, ".");
    }
    const char *stem = word + prefix_length;
    size_t stem_length = length - prefix_length;
    DIR *directory = opendir(directory_path);
    struct dirent *entry;
    while (directory && (entry = readdir(directory))) {
        if (strncmp(entry->d_name, stem, stem_length) != 0)
            continue;
        if (stem_length == 0 && entry->d_name[0] == '.')
            continue;
        char full[LINE_CAPACITY * 2];
        snprintf(full, sizeof full, "%.*s%s", (int)prefix_length, word, entry->d_name);
        size_t full_length = strlen(full);
        add_candidate(list, full, full_length, entry->d_type == DT_DIR);
    }
    if (directory)
        closedir(directory);
}

static void complete(struct editor *editor) {
    /* The word ends at the cursor and starts after the last space before it. */
    size_t start = editor->cursor;
    while (start > 0 && editor->line[start - 1] != ' ')
        start--;
    size_t first = 0;
    while (first < start && editor->line[first] == ' ')
        first++;
    int command_position = first == start;
    struct candidates list;
    list.count = 0;
    collect_candidates(editor->line + start, editor->cursor - start, command_position, &list);
    if (list.count == 0) {
        put_string("\a");
        return;
    }
    /* Insert the longest common prefix of the candidates. */
    size_t common = strlen(list.names[0]);
    for (int index = 1; index < list.count; index++) {
        size_t same = 0;
        while (same < common && list.names[index][same] == list.names[0][same])
            same++;
        common = same;
    }
    size_t typed = editor->cursor - start;
    if (common > typed) {
        for (size_t index = typed; index < common; index++)
            insert_byte(editor, list.names[0][index]);
        if (list.count == 1 && list.names[0][common - 1] != '/')
            insert_byte(editor, ' ');
    } else if (list.count == 1) {
        if (list.names[0][common - 1] != '/')
            insert_byte(editor, ' ');
    } else {
        put_string("\r\n");
        for (int index = 0; index < list.count; index++) {
            put_string(list.names[index]);
            put_string(index + 1 < list.count ? "  " : "\r\n");
        }
        redraw(editor);
    }
    for (int index = 0; index < list.count; index++)
        free(list.names[index]);
}

enum read_result { LINE_READY, LINE_CANCELLED, LINE_END_OF_INPUT };

/* Reads one line into editor->line. */
static enum read_result read_line(struct editor *editor) {
    editor->length = editor->cursor = 0;
    editor->line[0] = '\0';
    editor->overflowed = 0;
    editor->history_position = history_count;
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
            redraw(editor);
            break;
        case 16: browse_history(editor, -1); break; /* Ctrl-P */
        case 14: browse_history(editor, +1); break; /* Ctrl-N */
        case 27: handle_escape(editor); break;
        case '\t': complete(editor); break;
        default:
            if (c >= 32)
                insert_byte(editor, (char)c);
            break;
        }
    }
}

/* ---- words and tokens ----------------------------------------------------- */

enum token_kind {
    TOKEN_WORD,
    TOKEN_PIPE,      /* | */
    TOKEN_SEQUENCE,  /* ; */
    TOKEN_AND,       /* && */
    TOKEN_OR,        /* || */
    TOKEN_IN,        /* < */
    TOKEN_OUT,       /* > */
    TOKEN_APPEND,    /* >> */
    TOKEN_ERROR_OUT, /* 2> */
    TOKEN_ERROR_APPEND, /* 2>> */
    TOKEN_ERROR_TO_OUT, /* 2>&1 */
};

struct token {
    enum token_kind kind;
    char *text; /* words only */
};

static int last_status;

/* A growing string for building one word. */
struct text_builder {
    char *text;
    size_t length, capacity;
    int failed;
};

static void builder_append(struct text_builder *builder, const char *text, size_t length) {
    if (builder->failed)
        return;
    if (builder->length + length + 1 > builder->capacity) {
        size_t capacity = builder->capacity ? builder->capacity * 2 : 32;
        while (capacity < builder->length + length + 1)
            capacity *= 2;
        char *grown = realloc(builder->text, capacity);
        if (!grown) {
            builder->failed = 1;
            return;
        }
        builder->text = grown;
        builder->capacity = capacity;
    }
    memcpy(builder->text + builder->length, text, length);
    builder->length += length;
    builder->text[builder->length] = '\0';
}

/* Expands $?, $NAME or ${NAME} at *cursor (just after the $). */
static void expand_variable(struct text_builder *builder, const char **cursor) {
    const char *start = *cursor;
    if (*start == '?') {
        char number[12];
        int length = snprintf(number, sizeof number, "%d", last_status);
        builder_append(builder, number, (size_t)length);
        *cursor = start + 1;
        return;
    }
    int braced = *start == '{';
    const char *name = start + braced;
    const char *end = name;
    while (isalnum((unsigned char)*end) || *end == '_')
        end++;
    if (end == name || (braced && *end != '}')) {
        builder_append(builder, "$", 1); /* not a variable: keep the dollar */
        return;
    }
    char variable[128];
    size_t length = (size_t)(end - name) < sizeof variable - 1 ? (size_t)(end - name) : sizeof variable - 1;
    memcpy(variable, name, length);
    variable[length] = '\0';
    const char *value = getenv(variable);
    if (value)
        builder_append(builder, value, strlen(value));
    *cursor = end + braced;
}

static int is_operator_start(char c) {
    return c == '|' || c == ';' || c == '&' || c == '<' || c == '>';
}

/* Splits a line into tokens; returns the count, or -1 with a message. */
static int tokenize(const char *line, struct token *tokens, int capacity) {
    int count = 0;
    const char *cursor = line;
    for (;;) {
        while (*cursor == ' ' || *cursor == '\t')
            cursor++;
        if (!*cursor || *cursor == '#')
            return count;
        if (count == capacity) {
            fprintf(stderr, "cli: too many words\n");
            return -1;
        }
        struct token *token = &tokens[count];
        token->text = NULL;
        /* Operators, including 2> 2>> 2>&1 when the 2 stands alone. */
        if (cursor[0] == '2' && cursor[1] == '>') {
            if (cursor[2] == '&' && cursor[3] == '1') {
                token->kind = TOKEN_ERROR_TO_OUT;
                cursor += 4;
            } else if (cursor[2] == '>') {
                token->kind = TOKEN_ERROR_APPEND;
                cursor += 3;
            } else {
                token->kind = TOKEN_ERROR_OUT;
                cursor += 2;
            }
            count++;
            continue;
        }
        if (is_operator_start(*cursor)) {
            if (cursor[0] == '|' && cursor[1] == '|') {
                token->kind = TOKEN_OR;
                cursor += 2;
            } else if (cursor[0] == '&' && cursor[1] == '&') {
                token->kind = TOKEN_AND;
                cursor += 2;
            } else if (cursor[0] == '>' && cursor[1] == '>') {
                token->kind = TOKEN_APPEND;
                cursor += 2;
            } else if (*cursor == '|') {
                token->kind = TOKEN_PIPE;
                cursor++;
            } else if (*cursor == ';') {
                token->kind = TOKEN_SEQUENCE;
                cursor++;
            } else if (*cursor == '<') {
                token->kind = TOKEN_IN;
                cursor++;
            } else if (*cursor == '>') {
                token->kind = TOKEN_OUT;
                cursor++;
            } else {
                fprintf(stderr, "cli: '&' is not supported (no background jobs)\n");
                return -1;
            }
            count++;
            continue;
        }
        /* A word: runs until unquoted white space or an operator. */
        struct text_builder builder = {NULL, 0, 0, 0};
        builder_append(&builder, "", 0);
        while (*cursor && *cursor != ' ' && *cursor != '\t' && !is_operator_start(*cursor)) {
            if (*cursor == '\\') {
                cursor++;
                if (*cursor)
                    builder_append(&builder, cursor++, 1);
            } else if (*cursor == '\'') {
                const char *close = strchr(cursor + 1, '\'');
                if (!close) {
                    fprintf(stderr, "cli: unterminated quote\n");
                    free(builder.text);
                    return -1;
                }
                builder_append(&builder, cursor + 1, (size_t)(close - cursor - 1));
                cursor = close + 1;
            } else if (*cursor == '"') {
                cursor++;
                while (*cursor && *cursor != '"') {
                    if (*cursor == '\\' && (cursor[1] == '"' || cursor[1] == '\\' || cursor[1] == '$')) {
                        builder_append(&builder, cursor + 1, 1);
                        cursor += 2;
                    } else if (*cursor == '$') {
                        cursor++;
                        expand_variable(&builder, &cursor);
                    } else {
                        builder_append(&builder, cursor++, 1);
                    }
                }
                if (*cursor != '"') {
                    fprintf(stderr, "cli: unterminated quote\n");
                    free(builder.text);
                    return -1;
                }
                cursor++;
            } else if (*cursor == '$') {
                cursor++;
                expand_variable(&builder, &cursor);
            } else {
                builder_append(&builder, cursor++, 1);
            }
        }
        if (builder.failed) {
            fprintf(stderr, "cli: out of memory\n");
            free(builder.text);
            return -1;
        }
        token->kind = TOKEN_WORD;
        token->text = builder.text;
        count++;
    }
}

/* ---- redirections --------------------------------------------------------- */

/* What one stage does with descriptors 0, 1 and 2. */
struct redirections {
    const char *input_path;
    const char *output_path;
    int output_append;
    const char *error_path;
    int error_append;
    int error_to_output;
    int pipe_input_fd;  /* -1, or a file to read standard input from */
    int pipe_output_fd; /* -1, or a file to write standard output to */
};

struct saved_descriptors {
    int saved[3]; /* copies of 0, 1, 2, or -1 where untouched */
};

static void restore_descriptors(struct saved_descriptors *saved) {
    fflush(stdout);
    fflush(stderr);
    for (int fd = 0; fd < 3; fd++) {
        if (saved->saved[fd] >= 0) {
            wasmos_dup2(saved->saved[fd], fd);
            wasmos_close(saved->saved[fd]);
            saved->saved[fd] = -1;
        }
    }
}

/* Points `target` (0, 1 or 2) at `fd`, saving the old one first. */
static int redirect_fd(struct saved_descriptors *saved, int target, int fd) {
    if (saved->saved[target] < 0) {
        saved->saved[target] = wasmos_dup(target);
        if (saved->saved[target] < 0)
            return saved->saved[target];
    }
    int result = wasmos_dup2(fd, target);
    return result < 0 ? result : 0;
}

static int open_and_redirect(struct saved_descriptors *saved, int target, const char *path, int flags) {
    int fd = open(path, flags, 0644);
    if (fd < 0) {
        fprintf(stderr, "cli: %s: %s\n", path, strerror(errno));
        return -1;
    }
    int result = redirect_fd(saved, target, fd);
    close(fd);
    if (result < 0) {
        fprintf(stderr, "cli: %s: %s\n", path, strerror(-result));
        return -1;
    }
    return 0;
}

static int apply_redirections(const struct redirections *plan, struct saved_descriptors *saved) {
    fflush(stdout);
    fflush(stderr);
    if (plan->pipe_input_fd >= 0 && redirect_fd(saved, 0, plan->pipe_input_fd) < 0)
        return -1;
    if (plan->pipe_output_fd >= 0 && redirect_fd(saved, 1, plan->pipe_output_fd) < 0)
        return -1;
    if (plan->input_path && open_and_redirect(saved, 0, plan->input_path, O_RDONLY) < 0)
        return -1;
    if (plan->output_path &&
        open_and_redirect(saved, 1, plan->output_path,
                          O_WRONLY | O_CREAT | (plan->output_append ? O_APPEND : O_TRUNC)) < 0)
        return -1;
    if (plan->error_to_output && redirect_fd(saved, 2, 1) < 0)
        return -1;
    if (plan->error_path &&
        open_and_redirect(saved, 2, plan->error_path,
                          O_WRONLY | O_CREAT | (plan->error_append ? O_APPEND : O_TRUNC)) < 0)
        return -1;
    return 0;
}

/* ---- builtins ------------------------------------------------------------- */

static int top_level_shell;
static int shell_level;
static char *previous_directory;

static void list_apps(void) {
    DIR *directory = opendir("/bin");
    if (!directory)
        return;
    struct dirent *entry;
    int column = 0;
    while ((entry = readdir(directory))) {
        size_t length = strlen(entry->d_name);
        if (length <= 5 || strcmp(entry->d_name + length - 5, ".wasm") != 0)
            continue;
        int width = (int)length - 5;
        if (column + width + 1 > 76) {
            printf("\n");
            column = 0;
        }
        printf("%s%.*s", column ? " " : "  ", width, entry->d_name);
        column += width + (column ? 1 : 2);
    }
    closedir(directory);
    if (column)
        printf("\n");
}

static int builtin_help(void) {
    printf("WasmOS shell. Builtins:\n"
           "  cd [dir]         change directory (default /; - for the previous one)\n"
           "  pwd              print the working directory\n"
           "  history          list previous command lines\n"
           "  export NAME=VAL  set an environment variable (unset NAME removes it)\n"
           "  exit [N]         leave the shell (powers off at the top level)\n"
           "  shutdown         power off\n"
           "  ulimit [-X N]    show or set this shell's limits for the apps it runs\n"
           "  help             this text\n"
           "Syntax: words with '..' \"..\" \\; $? $NAME; cmd > file, >> file, < file, 2> file, 2>&1;\n"
           "        cmd1 | cmd2; cmd1 ; cmd2; cmd1 && cmd2; cmd1 || cmd2.\n"
           "Editing: arrows, Home/End, Tab completes, Up/Down history, Ctrl-A/E/K/U/W/L,\n"
           "         Ctrl-C cancels the line, Ctrl-D on an empty line leaves.\n"
           "Apps in /bin:\n");
    list_apps();
    return 0;
}

static int builtin_cd(int argc, char **argv) {
    const char *target = argc > 1 ? argv[1] : "/";
    if (strcmp(target, "-") == 0) {
        if (!previous_directory) {
            fprintf(stderr, "cli: cd: no previous directory\n");
            return 1;
        }
        target = previous_directory;
    }
    char *current = getcwd(NULL, 0);
    if (chdir(target) < 0) {
        fprintf(stderr, "cli: cd: %s: %s\n", target, strerror(errno));
        free(current);
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "-") == 0) {
        char *now = getcwd(NULL, 0);
        if (now)
            printf("%s\n", now);
        free(now);
    }
    free(previous_directory);
    previous_directory = current;
    return 0;
}

static int builtin_pwd(void) {
    char *current = getcwd(NULL, 0);
    if (!current) {
        fprintf(stderr, "cli: pwd: %s\n", strerror(errno));
        return 1;
    }
    printf("%s\n", current);
    free(current);
    return 0;
}

static int builtin_history(void) {
    int first_number = history_total - history_count + 1;
    for (int index = 0; index < history_count; index++)
        printf("%5d  %s\n", first_number + index, history[index]);
    return 0;
}

static int builtin_export(int argc, char **argv) {
    int status = 0;
    for (int index = 1; index < argc; index++) {
        char *equals = strchr(argv[index], '=');
        if (!equals)
            continue; /* every variable is exported already */
        *equals = '\0';
        if (setenv(argv[index], equals + 1, 1) < 0) {
            fprintf(stderr, "cli: export: %s: %s\n", argv[index], strerror(errno));
            status = 1;
        }
        *equals = '=';
    }
    return status;
}

static int builtin_unset(int argc, char **argv) {
    for (int index = 1; index < argc; index++)
        unsetenv(argv[index]);
    return 0;
}

/* The per-process limits of docs/ABI.md: flag, ABI kind, description. */
static const struct {
    char flag;
    int kind;
    const char *description;
} limit_table[] = {
    {'m', WASMOS_LIMIT_MEMORY_PAGES, "linear memory (64 KiB pages)"},
    {'t', WASMOS_LIMIT_TABLE_ENTRIES, "table entries"},
    {'s', WASMOS_LIMIT_CALL_DEPTH, "call depth (Wasm frames)"},
    {'p', WASMOS_LIMIT_NESTING, "nested runapp depth"},
    {'n', WASMOS_LIMIT_OPEN_FILES, "open files"},
    {'a', WASMOS_LIMIT_ARGUMENTS, "arguments per program"},
};

/* ulimit: no arguments lists every limit; -X shows one; -X N sets it. */
static int builtin_ulimit(int argc, char **argv) {
    size_t count = sizeof limit_table / sizeof *limit_table;
    if (argc == 1 || (argc == 2 && strcmp(argv[1], "-a") == 0)) {
        for (size_t index = 0; index < count; index++)
            printf("-%c  %-30s %lld\n", limit_table[index].flag, limit_table[index].description,
                   (long long)wasmos_limit_get(limit_table[index].kind));
        return 0;
    }
    for (int argument = 1; argument < argc; argument++) {
        const char *flag = argv[argument];
        size_t index = 0;
        while (index < count && !(flag[0] == '-' && flag[1] == limit_table[index].flag && flag[2] == '\0'))
            index++;
        if (index == count) {
            fprintf(stderr, "cli: ulimit: %s: unknown option (try -m -t -s -p -n -a)\n", flag);
            return 2;
        }
        if (argument + 1 >= argc || argv[argument + 1][0] == '-') {
            printf("%lld\n", (long long)wasmos_limit_get(limit_table[index].kind));
            continue;
        }
        char *end;
        long long value = strtoll(argv[++argument], &end, 10);
        if (*end || value <= 0) {
            fprintf(stderr, "cli: ulimit: %s: not a positive number\n", argv[argument]);
            return 2;
        }
        int result = wasmos_limit_set(limit_table[index].kind, value);
        if (result < 0) {
            fprintf(stderr, "cli: ulimit: -%c %lld: %s\n", limit_table[index].flag, value, strerror(-result));
            return 1;
        }
    }
    return 0;
}

static void leave_shell(int status) {
    fflush(stdout);
    wasmos_console_mode(WASMOS_CONSOLE_COOKED);
    if (top_level_shell)
        wasmos_poweroff(status);
    exit(status);
}

static int parse_status_argument(int argc, char **argv) {
    if (argc < 2)
        return 0;
    char *end;
    long value = strtol(argv[1], &end, 10);
    if (*end || end == argv[1]) {
        fprintf(stderr, "cli: exit: %s: numeric argument required\n", argv[1]);
        return 2;
    }
    return (int)(value & 255);
}

/* Runs a builtin if words[0] names one; returns -1 if it does not. */
static int run_builtin(int argc, char **argv) {
    const char *name = argv[0];
    if (strcmp(name, "help") == 0)
        return builtin_help();
    if (strcmp(name, "cd") == 0)
        return builtin_cd(argc, argv);
    if (strcmp(name, "pwd") == 0)
        return builtin_pwd();
    if (strcmp(name, "history") == 0)
        return builtin_history();
    if (strcmp(name, "export") == 0)
        return builtin_export(argc, argv);
    if (strcmp(name, "unset") == 0)
        return builtin_unset(argc, argv);
    if (strcmp(name, "ulimit") == 0)
        return builtin_ulimit(argc, argv);
    if (strcmp(name, "exit") == 0)
        leave_shell(parse_status_argument(argc, argv));
    if (strcmp(name, "shutdown") == 0 || strcmp(name, "poweroff") == 0) {
        fflush(stdout);
        wasmos_console_mode(WASMOS_CONSOLE_COOKED);
        wasmos_poweroff(0);
    }
    return -1;
}

static int is_builtin(const char *name) {
    for (size_t index = 0; index < sizeof builtin_names / sizeof *builtin_names; index++) {
        if (strcmp(name, builtin_names[index]) == 0)
            return 1;
    }
    return 0;
}

/* ---- running commands ----------------------------------------------------- */

static int run_app(int argc, char **argv) {
    static struct wasmos_word words[MAX_WORDS];
    for (int index = 0; index < argc; index++) {
        words[index].ptr = argv[index];
        words[index].len = (uint32_t)strlen(argv[index]);
    }
    fflush(stdout);
    fflush(stderr);
    int result = wasmos_runargv(words, argc);
    if (result == 0 || result == 130 || result == 134)
        return result; /* traps (134) and Ctrl-C (130) are reported by the kernel */
    if (result > 0) {
        fprintf(stderr, "[%s: exit status %d]\n", argv[0], result);
        return result;
    }
    if (result == -ENOENT) {
        fprintf(stderr, "cli: %s: command not found\n", argv[0]);
        return 127;
    }
    if (result == -ENOEXEC) {
        fprintf(stderr, "cli: %s: not a valid WebAssembly program\n", argv[0]);
        return 126;
    }
    fprintf(stderr, "cli: %s: %s\n", argv[0], strerror(-result));
    return 126;
}

/* Runs one stage: tokens [first, end) hold words and redirections. */
static int run_stage(struct token *tokens, int first, int end, int pipe_input_fd, int pipe_output_fd) {
    static char *argv[MAX_WORDS + 1];
    int argc = 0;
    struct redirections plan = {NULL, NULL, 0, NULL, 0, 0, pipe_input_fd, pipe_output_fd};
    for (int index = first; index < end; index++) {
        enum token_kind kind = tokens[index].kind;
        if (kind == TOKEN_WORD) {
            if (argc == MAX_WORDS) {
                fprintf(stderr, "cli: too many arguments\n");
                return 2;
            }
            argv[argc++] = tokens[index].text;
            continue;
        }
        if (kind == TOKEN_ERROR_TO_OUT) {
            plan.error_to_output = 1;
            continue;
        }
        if (index + 1 >= end || tokens[index + 1].kind != TOKEN_WORD) {
            fprintf(stderr, "cli: syntax error: a redirection needs a file name\n");
            return 2;
        }
        const char *path = tokens[++index].text;
        switch (kind) {
        case TOKEN_IN: plan.input_path = path; break;
        case TOKEN_OUT: plan.output_path = path; plan.output_append = 0; break;
        case TOKEN_APPEND: plan.output_path = path; plan.output_append = 1; break;
        case TOKEN_ERROR_OUT: plan.error_path = path; plan.error_append = 0; break;
        case TOKEN_ERROR_APPEND: plan.error_path = path; plan.error_append = 1; break;
        default: break;
        }
    }
    argv[argc] = NULL;
    struct saved_descriptors saved = {{-1, -1, -1}};
    int status;
    if (apply_redirections(&plan, &saved) < 0) {
        status = 1;
    } else if (argc == 0) {
        status = 0; /* only redirections: files were created or checked */
    } else if (is_builtin(argv[0])) {
        status = run_builtin(argc, argv);
    } else {
        status = run_app(argc, argv);
    }
    restore_descriptors(&saved);
    return status;
}

/* A scratch file for one pipe between stages. */
static int open_pipe_file(char *path, size_t size, int number) {
    struct stat status;
    if (stat("/tmp", &status) < 0)
        mkdir("/tmp", 0755);
    snprintf(path, size, "/tmp/.cli-pipe-%d-%d", shell_level, number);
    return open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
}

/* Runs a pipeline: tokens [first, end) with stages separated by |. */
static int run_pipeline(struct token *tokens, int first, int end) {
    int stage_start = first;
    int input_fd = -1;
    char input_path[64] = "";
    int status = 0;
    int pipe_number = 0;
    for (int index = first; index <= end; index++) {
        if (index < end && tokens[index].kind != TOKEN_PIPE)
            continue;
        if (index == stage_start) {
            fprintf(stderr, "cli: syntax error near '|'\n");
            status = 2;
            break;
        }
        int last = index == end;
        int output_fd = -1;
        char output_path[64] = "";
        if (!last) {
            output_fd = open_pipe_file(output_path, sizeof output_path, pipe_number++);
            if (output_fd < 0) {
                fprintf(stderr, "cli: cannot create a pipe file: %s\n", strerror(errno));
                status = 1;
                break;
            }
        }
        status = run_stage(tokens, stage_start, index, input_fd, output_fd);
        if (input_fd >= 0) {
            close(input_fd);
            unlink(input_path);
        }
        input_fd = output_fd;
        strcpy(input_path, output_path);
        if (input_fd >= 0)
            lseek(input_fd, 0, SEEK_SET);
        stage_start = index + 1;
    }
    if (input_fd >= 0) {
        close(input_fd);
        unlink(input_path);
    }
    return status;
}

/* Runs a whole line: pipelines joined by ; && ||. */
static void run_line(const char *line) {
    static struct token tokens[MAX_TOKENS];
    int count = tokenize(line, tokens, MAX_TOKENS);
    if (count < 0) {
        last_status = 2;
        return;
    }
    int start = 0;
    enum token_kind joiner = TOKEN_SEQUENCE;
    for (int index = 0; index <= count; index++) {
        if (index < count && tokens[index].kind != TOKEN_SEQUENCE && tokens[index].kind != TOKEN_AND &&
            tokens[index].kind != TOKEN_OR)
            continue;
        if (index > start) {
            int run = joiner == TOKEN_SEQUENCE || (joiner == TOKEN_AND && last_status == 0) ||
                      (joiner == TOKEN_OR && last_status != 0);
            if (run)
                last_status = run_pipeline(tokens, start, index);
        } else if (index < count) {
            fprintf(stderr, "cli: syntax error near '%s'\n",
                    tokens[index].kind == TOKEN_SEQUENCE ? ";" : tokens[index].kind == TOKEN_AND ? "&&" : "||");
            last_status = 2;
            break;
        }
        if (index < count)
            joiner = tokens[index].kind;
        start = index + 1;
    }
    for (int index = 0; index < count; index++)
        free(tokens[index].text);
}

/* ---- start-up ------------------------------------------------------------- */

static void show_motd(void) {
    int fd = open("/etc/motd", O_RDONLY);
    if (fd < 0)
        return;
    char buffer[1024];
    ssize_t count;
    while ((count = read(fd, buffer, sizeof buffer)) > 0)
        put_text(buffer, (size_t)count);
    close(fd);
}

/* The top-level shell powers the machine off on exit; a nested one just ends.
 * SHLVL tells them apart, as in other shells. */
static void note_shell_level(void) {
    const char *level_text = getenv("SHLVL");
    int level = level_text ? atoi(level_text) : 0;
    top_level_shell = level <= 0;
    shell_level = level + 1;
    char next[12];
    snprintf(next, sizeof next, "%d", level + 1);
    setenv("SHLVL", next, 1);
}

int main(void) {
    note_shell_level();
    show_motd();
    static struct editor editor;
    static char prompt[LINE_CAPACITY + 8];
    for (;;) {
        char *directory = getcwd(NULL, 0);
        snprintf(prompt, sizeof prompt, "%s$ ", directory ? directory : "?");
        free(directory);
        editor.prompt = prompt;
        fflush(stdout);
        wasmos_console_mode(WASMOS_CONSOLE_RAW);
        enum read_result result = read_line(&editor);
        wasmos_console_mode(WASMOS_CONSOLE_COOKED);
        if (result == LINE_END_OF_INPUT)
            leave_shell(0);
        if (result == LINE_CANCELLED) {
            last_status = 130;
            continue;
        }
        history_add(editor.line);
        run_line(editor.line);
    }
}
