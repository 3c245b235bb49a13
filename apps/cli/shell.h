/* The shell's private header: what its parts share. main.c starts the shell
 * and runs the read-run loop; editor.c edits a line (with history.c and
 * completion.c); lexer.c turns it into tokens; executor.c runs them;
 * builtins.c holds the commands the shell runs itself. */
#ifndef CLI_SHELL_H
#define CLI_SHELL_H

#include <stddef.h>

#define LINE_CAPACITY 1024
#define HISTORY_CAPACITY 100
#define MAX_WORDS 256
#define MAX_TOKENS 512

/* ---- shell state (main.c) --------------------------------------------------- */

/* Whether this is the shell the kernel started: leaving it powers off. */
extern int top_level_shell;
/* This shell's nesting level (SHLVL), which keeps its pipe files apart. */
extern int shell_level;

/* ---- terminal output and the line editor (editor.c) ------------------------- */

/* Writes to standard output directly, unbuffered. */
void put_text(const char *text, size_t length);
void put_string(const char *text);

/* One line being edited. */
struct editor {
    char line[LINE_CAPACITY];
    size_t length;
    size_t cursor;
    const char *prompt;
    int history_position;          /* history_length() when editing a new line */
    char draft[LINE_CAPACITY];     /* the new line while browsing history */
    int overflowed;                /* bytes were dropped from this line */
};

enum read_result { LINE_READY, LINE_CANCELLED, LINE_END_OF_INPUT };

/* Reads one line into editor->line (the console must be in raw mode). */
enum read_result read_line(struct editor *editor);
/* Redraws the whole line and puts the terminal cursor at the edit cursor. */
void editor_redraw(const struct editor *editor);
/* Inserts one byte at the cursor and shows it. */
void editor_insert_byte(struct editor *editor, char c);

/* ---- history (history.c) ---------------------------------------------------- */

/* Remembers a line, unless it is empty or repeats the last one. */
void history_add(const char *line);
/* How many lines are remembered. */
int history_length(void);
/* The remembered line at `index` (0 is the oldest). */
const char *history_line(int index);
/* The number `history` shows for the line at `index`. */
int history_number(int index);

/* ---- tab completion (completion.c) ------------------------------------------ */

/* Completes the word before the cursor, or lists the choices. */
void complete(struct editor *editor);

/* ---- words and tokens (lexer.c) --------------------------------------------- */

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

/* Splits a line into tokens, expanding variables and removing quotes;
 * returns the count, or -1 after a message. Word texts are malloc'd. */
int tokenize(const char *line, struct token *tokens, int capacity);

/* ---- running command lines (executor.c) ------------------------------------- */

/* The status of the last pipeline run, which $? expands to. */
extern int last_status;
/* Runs a whole line: pipelines joined by ; && ||. */
void run_line(const char *line);

/* ---- builtins (builtins.c) -------------------------------------------------- */

/* The commands the shell runs itself (see run_builtin). */
extern const char *const builtin_names[];
extern const size_t builtin_count;
int is_builtin(const char *name);
/* Runs a builtin if argv[0] names one; returns -1 if it does not. */
int run_builtin(int argc, char **argv);
/* Leaves the shell with `status`, powering off at the top level. */
void leave_shell(int status);

#endif
