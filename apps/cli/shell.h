/* The shell's private header: what its parts share.
 *
 * main.c starts the shell (interactive, a script, or -c) and runs the
 * read-run loop; editor.c edits a line (with history.c and completion.c);
 * lexer.c turns source text into tokens and parser.c into a tree of nodes
 * (memory.c keeps their memory in arenas); expand.c expands words (with
 * arithmetic.c and pattern.c); variables.c keeps variables and positional
 * parameters; executor.c runs the tree, command.c one simple command,
 * pipeline.c pipelines and programs, redirect.c redirections, capture.c
 * command substitutions and child_shell.c commands that must run in a shell
 * process of their own; jobs.c keeps the jobs and waits for them; builtins.c,
 * script_builtins.c, test_builtin.c, job_builtins.c and help.c hold the
 * commands the shell runs itself. */
#ifndef CLI_SHELL_H
#define CLI_SHELL_H

#include <stddef.h>

#define LINE_CAPACITY 4096
#define HISTORY_CAPACITY 100
/* Stages of one pipeline, and jobs alive at once (the kernel allows 64
 * processes by default, 256 at most). */
#define MAX_STAGES 32
#define MAX_JOBS 64
/* How deeply sourced files and command substitutions may nest (each
 * substitution holds two descriptors of the 64 a process may open). */
#define MAX_NESTING 24
/* How deeply compound commands may nest in the source text. */
#define MAX_SYNTAX_NESTING 60

/* The signals of docs/ABI.md (kill) that the shell sends or names. */
enum signal_number {
    SIGNAL_HANGUP = 1,
    SIGNAL_INTERRUPT = 2,
    SIGNAL_QUIT = 3,
    SIGNAL_ABORT = 6,
    SIGNAL_KILL = 9,
    SIGNAL_BROKEN_PIPE = 13,
    SIGNAL_ALARM = 14,
    SIGNAL_TERMINATE = 15,
    SIGNAL_CONTINUE = 18,
    SIGNAL_STOP = 19,
    SIGNAL_TERMINAL_STOP = 20,
};

/* ---- shell state (main.c) --------------------------------------------------- */

/* The name messages start with ("cli", or "sh" when started as sh). */
extern const char *shell_name;
/* The word that starts this shell again (argv[0]), for child shells and scripts. */
extern const char *shell_program;
/* Whether this is the shell the kernel started: leaving it powers off. */
extern int top_level_shell;
/* Whether commands come from a person at the prompt (not a script or -c). */
extern int interactive;

/* The options of `set`. */
struct shell_options {
    int errexit; /* -e: leave when a command fails */
    int xtrace;  /* -x: show each command before it runs */
    int noglob;  /* -f: no pathname expansion */
    int nounset; /* -u: an unset variable is an error */
};
extern struct shell_options options;

/* Where the command running now comes from, for messages and $LINENO: the
 * script's name (NULL at the prompt) and the line. */
extern const char *current_source_name;
extern int current_line;

/* Prints "cli: [script: line N: ]message" on standard error. */
void shell_error(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* The same for another place: `source_name` (NULL at the prompt) and `line`. */
void shell_error_at(const char *source_name, int line, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* The same without the script and line. */
void shell_message(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* shell_error on descriptor `fd` (a command's redirected standard error);
 * nothing for a negative fd. */
void shell_error_on(int fd, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* ---- memory (memory.c) ------------------------------------------------------ */

/* malloc, realloc and strdup that end the shell with a message when memory
 * runs out (a shell cannot do anything useful without it). */
void *shell_allocate(size_t size);
void *shell_reallocate(void *memory, size_t size);
char *shell_copy(const char *text);
char *shell_copy_length(const char *text, size_t length);

/* The memory of one parsed command: freed in one go once it has run, or
 * once no function defined by it is left. */
struct arena;
struct arena *arena_create(void);
/* Zeroed memory that lives as long as the arena. */
void *arena_allocate(struct arena *arena, size_t size);
char *arena_copy(struct arena *arena, const char *text, size_t length);
void arena_retain(struct arena *arena);
void arena_release(struct arena *arena);

/* A growing string. */
struct text {
    char *data; /* NUL-terminated once anything was added; may be NULL */
    size_t length;
    size_t capacity;
};
void text_append(struct text *text, const char *data, size_t length);
void text_append_string(struct text *text, const char *data);
void text_append_char(struct text *text, char c);
/* The string built so far (never NULL); the text is left empty and owns nothing. */
char *text_take(struct text *text);
void text_free(struct text *text);

/* A growing list of malloc'd strings, NULL-terminated. */
struct string_list {
    char **items;
    int count;
    int capacity;
};
void string_list_add(struct string_list *list, char *item);
void string_list_free(struct string_list *list);

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

/* ---- the syntax tree (parser.c) --------------------------------------------- */

enum redirection_kind {
    REDIRECT_INPUT,      /* <  */
    REDIRECT_OUTPUT,     /* >  and >| */
    REDIRECT_APPEND,     /* >> */
    REDIRECT_READ_WRITE, /* <> */
    REDIRECT_DUPLICATE,  /* >&N <&N, or - to close */
    REDIRECT_HEREDOC,    /* << and <<- */
};

struct redirection {
    enum redirection_kind kind;
    int fd;               /* the descriptor it sets */
    char *word;           /* the target as typed; for a here-document its body */
    int expand_body;      /* a here-document whose delimiter was not quoted */
    int line;
    struct redirection *next;
};

enum node_kind {
    NODE_COMMAND,  /* a simple command */
    NODE_PIPELINE, /* stages joined by |, or one stage after ! */
    NODE_AND,      /* left && right */
    NODE_OR,       /* left || right */
    NODE_LIST,     /* items joined by ; & or newlines */
    NODE_GROUP,    /* { list; } */
    NODE_SUBSHELL, /* ( list ) */
    NODE_IF,
    NODE_WHILE,
    NODE_UNTIL,
    NODE_FOR,
    NODE_CASE,
    NODE_FUNCTION, /* name() body */
};

struct case_item {
    char **patterns;
    int pattern_count;
    struct node *body; /* NULL for an empty one */
    struct case_item *next;
};

struct node {
    enum node_kind kind;
    int line;
    char *text;                       /* the source text, for jobs and child shells */
    struct redirection *redirections; /* of a simple or compound command */
    union {
        struct {
            char **assignments;
            int assignment_count;
            char **words;
            int word_count;
        } command;
        struct {
            struct node **stages;
            int count;
            int negated;
        } pipeline;
        struct {
            struct node *left;
            struct node *right;
        } pair;
        struct {
            struct node **items;
            int *background;
            int count;
        } list;
        struct {
            struct node *body;
        } group; /* NODE_GROUP and NODE_SUBSHELL */
        struct {
            struct node *condition;
            struct node *then_part;
            struct node *else_part;
        } if_command;
        struct {
            struct node *condition;
            struct node *body;
        } loop; /* NODE_WHILE and NODE_UNTIL */
        struct {
            char *name;
            char **words;
            int word_count;
            int has_in; /* without `in`, the loop runs over "$@" */
            struct node *body;
        } for_loop;
        struct {
            char *word;
            struct case_item *items;
        } case_command;
        struct {
            char *name;
            struct node *body;
        } function;
    } as;
};

/* ---- tokens (lexer.c) ------------------------------------------------------- */

enum token_kind {
    TOKEN_WORD,
    TOKEN_NEWLINE,
    TOKEN_END,
    TOKEN_PIPE,             /* | */
    TOKEN_AND,              /* && */
    TOKEN_OR,               /* || */
    TOKEN_SEMICOLON,        /* ; */
    TOKEN_DOUBLE_SEMICOLON, /* ;; */
    TOKEN_BACKGROUND,       /* & */
    TOKEN_OPEN_PAREN,       /* ( */
    TOKEN_CLOSE_PAREN,      /* ) */
    TOKEN_LESS,             /* < */
    TOKEN_GREAT,            /* > */
    TOKEN_DOUBLE_GREAT,     /* >> */
    TOKEN_CLOBBER,          /* >| */
    TOKEN_LESS_GREAT,       /* <> */
    TOKEN_LESS_AND,         /* <& */
    TOKEN_GREAT_AND,        /* >& */
    TOKEN_DOUBLE_LESS,      /* << */
    TOKEN_DOUBLE_LESS_DASH, /* <<- */
    TOKEN_ERROR,            /* the lexer failed (reported, or input ended too soon) */
};

struct token {
    enum token_kind kind;
    char *text;    /* words: as typed, quotes kept, line continuations gone */
    int io_number; /* redirections: the descriptor written before it, or -1 */
    int line;
    size_t start;  /* where the token lies in the source: [start, end) */
    size_t end;
};

/* A here-document whose body the lexer reads after the next newline. */
struct heredoc_request {
    struct redirection *redirection;
    char *delimiter;
    int strip_tabs;
    struct heredoc_request *next;
};

struct lexer {
    const char *text;
    size_t length;
    size_t position;
    int line;
    const char *source_name; /* for messages; NULL at the prompt */
    struct arena *arena;
    struct heredoc_request *heredocs; /* waiting for their bodies, in order */
    int more_input_possible;          /* at the prompt: running out means "read on" */
    int incomplete;                   /* input ended inside a construct */
    int failed;                       /* an error was reported */
    struct token token;               /* the lookahead */
    int has_token;
    size_t last_end;                  /* where the last consumed token ended */
    int depth;                        /* compound lists being parsed, one inside another */
};

void lexer_init(struct lexer *lexer, const char *text, size_t length, const char *source_name, int first_line);
/* The next token, scanned if need be (it stays until lexer_advance). */
struct token *lexer_peek(struct lexer *lexer);
void lexer_advance(struct lexer *lexer);
/* Asks for the body of a here-document after the next newline. */
void lexer_add_heredoc(struct lexer *lexer, struct redirection *redirection, char *delimiter, int strip_tabs);
/* Text for a token in messages: its word, the operator, or "newline". */
const char *token_description(const struct token *token);
/* Whether a token is a redirection operator (< > >> ...). */
int token_is_redirection(enum token_kind kind);
/* Whether `text` is a name: a letter or _, then letters, digits and _. */
int is_name(const char *text, size_t length);

/* ---- parsing (parser.c) ----------------------------------------------------- */

enum parse_result { PARSE_COMMAND, PARSE_END, PARSE_INCOMPLETE, PARSE_ERROR };

/* Parses the next complete command (one line's list, with the lines its
 * compound commands and here-documents take) into `arena`. */
enum parse_result parse_next_command(struct lexer *lexer, struct arena *arena, struct node **command);
/* Scans the command substitution that starts at lexer->position (just after
 * "$("), up to and including its ")". Returns 0, or -1 (reported, or
 * lexer->incomplete). */
int parser_skip_substitution(struct lexer *lexer);
/* Where the command substitution starting at text[start] (after "$(") ends:
 * the offset of its ")", or -1. */
long find_substitution_end(const char *text, size_t length, size_t start);

/* ---- variables and parameters (variables.c) --------------------------------- */

/* A variable's value, NULL when unset. Exported variables live in the
 * process environment, which children inherit; the others in the shell. */
const char *variable_get(const char *name);
/* Sets a variable (exported if it already was). Returns 0, or -1 after a message. */
int variable_set(const char *name, const char *value);
/* Marks a variable exported (with a new value unless `value` is NULL). */
int variable_export(const char *name, const char *value);
void variable_unset(const char *name);
/* Prints every shell variable as NAME='value' (for `set`). */
void variable_print_all(void);
/* Appends the shell's own (not exported) variables as assignments to `out`,
 * quoted for a child shell. */
void variable_serialize(struct text *out);

/* Quotes `value` with single quotes for the shell to read back. */
void append_quoted(struct text *out, const char *value);

/* Function scopes for `local`: a call opens one, its end restores what its
 * locals hid. */
void scope_push(void);
void scope_pop(void);
int scope_depth(void);
/* Makes `name` local to the innermost function call. */
int variable_make_local(const char *name);

/* Temporary values for `NAME=value command`: saved, set, and later restored. */
struct saved_assignments;
struct saved_assignments *assignments_apply_temporarily(char **assignments, int count, int export);
void assignments_restore(struct saved_assignments *saved);

/* The positional parameters $1 ... $N; a function call or a sourced file
 * with arguments pushes a new set. */
void positional_push(int count, char **values);
void positional_pop(void);
void positional_replace(int count, char **values);
int positional_count(void);
/* $N (1-based), NULL beyond the count. */
const char *positional_get(int index);
/* Drops the first `count`; returns -1 if there are fewer. */
int positional_shift(int count);
/* $0. */
extern const char *script_name;

/* Everything a subshell may change and must give back: variables,
 * positional parameters, options and the working directory. */
struct shell_snapshot;
struct shell_snapshot *snapshot_take(void);
void snapshot_restore(struct shell_snapshot *snapshot);

/* ---- functions (executor.c) ------------------------------------------------- */

struct function {
    char *name;
    struct node *body;
    struct arena *arena; /* holds body; retained while the function exists */
    struct function *next;
};
struct function *function_find(const char *name);
void function_define(const char *name, struct node *body, struct arena *arena);
int function_unset(const char *name);
/* Appends every function's definition to `out`, for a child shell. */
void function_serialize(struct text *out);

/* ---- expansion (expand.c) --------------------------------------------------- */

/* Expands words into fields: parameters, command substitution, arithmetic,
 * field splitting, pathname expansion and quote removal. Returns 0, or -1
 * after a message. */
int expand_words(char **words, int count, struct string_list *fields);
/* Expands one word into one string (no splitting, no pathname expansion):
 * for assignments, redirections and the word of a case. NULL after a message. */
char *expand_single(const char *word);
/* Expands a case pattern: quoted characters come back escaped with \ so
 * that they match themselves. NULL after a message. */
char *expand_pattern(const char *word);
/* Expands a here-document body: $ and ` and \ before $ ` \ and newline. */
char *expand_heredoc(const char *body);
/* Removes quotes only (here-document delimiters). */
char *remove_quotes(const char *word);
/* The field separators: $IFS, or space, tab and newline when unset. */
const char *field_separators(void);

/* ---- arithmetic (arithmetic.c) ---------------------------------------------- */

/* Evaluates an expanded arithmetic expression. Returns 0, or -1 after a message. */
int arithmetic_evaluate(const char *expression, long long *result);

/* ---- patterns (pattern.c) --------------------------------------------------- */

/* Whether `string` matches the glob `pattern` (* ? [...] [!...], \ quotes). */
int pattern_match(const char *pattern, const char *string);
/* Whether `pattern` has an unquoted * ? or [. */
int pattern_has_magic(const char *pattern);
/* Adds the paths matching `pattern`, sorted; returns how many. */
int pathname_expand(const char *pattern, struct string_list *out);
/* The pattern with its backslash quoting removed. */
char *pattern_unescape(const char *pattern);

/* ---- running (executor.c) --------------------------------------------------- */

/* What a break, continue, return or exit left to do on the way out; an
 * interrupt is a foreground job ended by Ctrl-C, which ends the whole
 * command line (at the prompt) or script, as in other shells. */
enum control { CONTROL_NONE, CONTROL_BREAK, CONTROL_CONTINUE, CONTROL_RETURN, CONTROL_EXIT, CONTROL_INTERRUPT };
extern enum control pending_control;
extern int control_levels;  /* loops left to break out of or continue */
extern int control_status;  /* the status of return and exit */
extern int loop_depth;      /* loops around the running command (in this function) */
extern int function_depth;  /* function calls and sourced files around it */
/* Above 0 while a failing command must not end the shell under set -e:
 * in conditions, before && and ||, after !. */
extern int errexit_suppressed;

/* The status of the last command, which $? expands to. */
extern int last_status;
/* The pid of the last job started in the background ($!), 0 before any. */
extern int last_background_pid;

/* The interpreter allows a process a fixed number of Wasm frames (ulimit
 * -s, 1024 by default), and running out traps, which would end the shell.
 * So nesting is counted, in rough frames/3: each node being run counts 1,
 * a command substitution 3, and past the limit (worked out at start from
 * the frames this process has) the command line is abandoned. Returns 0,
 * or -1 after a message. */
void nesting_init(void);
int nesting_enter(int weight);
void nesting_leave(int weight);
/* Runs a node; returns its status (also left in last_status). */
int execute(struct node *node);
/* Runs a compound command or function definition (without its redirections). */
int execute_compound(struct node *node);
/* Runs source text command by command, as a script does: syntax errors
 * name `name` and the line. Returns the last status; a syntax error gives 2
 * (and, outside the prompt, stops the text). */
int run_source(const char *text, size_t length, const char *name, int first_line);
/* Runs a file as a script (`source`, `cli FILE`). Returns the status, or -1
 * when it cannot be read (after a message). */
int run_file(const char *path);
/* Reads a whole file into a malloc'd string; NULL (errno set) on failure. */
char *read_whole_file(const char *path, size_t *length);

/* ---- simple commands and pipelines (command.c, pipeline.c) ------------------ */

/* How a prepared stage runs. */
enum stage_kind {
    STAGE_NOTHING,     /* only assignments and redirections */
    STAGE_BUILTIN,
    STAGE_FUNCTION,
    STAGE_PROGRAM,     /* an app: argv[0] names it */
    STAGE_SCRIPT,      /* a shell script file: a shell of its own runs it */
    STAGE_COMPOUND,    /* a compound command, run by this shell */
    STAGE_CHILD_SHELL, /* a compound command or function run by a shell of its own */
    STAGE_FAILED,      /* expansion failed or the command was not found */
};

/* The redirections of one command, expanded. */
struct redirect_step {
    enum redirection_kind kind;
    int fd;
    char *path;    /* the file; for a here-document, its body */
    int source_fd; /* >&N: N, or -1 for >&- */
};
struct redirect_plan {
    struct redirect_step *steps;
    int count;
};

struct prepared_stage {
    struct node *node;
    enum stage_kind kind;
    struct string_list words;       /* expanded argv */
    struct string_list assignments; /* expanded NAME=value */
    struct redirect_plan plan;
    struct function *function;
    char *program;  /* STAGE_PROGRAM: the word to spawn; STAGE_SCRIPT: the file */
    int status;     /* STAGE_FAILED: $? */
    int substitutions;  /* command substitutions its expansion ran */
    int replaces_shell; /* `exec COMMAND`: the shell ends with its status */
    int not_found;      /* STAGE_FAILED: no such command (said when it runs) */
};

/* Finds the program a command name runs: an app (*program is the word to
 * spawn: the bare name for /bin, else a path) or a script. Returns
 * STAGE_PROGRAM, STAGE_SCRIPT or, when there is none, STAGE_FAILED. */
enum stage_kind resolve_program(const char *name, char **program);
/* Expands a stage and works out how it runs. */
void prepare_stage(struct node *node, struct prepared_stage *stage);
void prepared_stage_free(struct prepared_stage *stage);
/* Runs a prepared stage inside the shell (anything but a program or script),
 * with its redirections. Returns $?. */
int run_stage_in_shell(struct prepared_stage *stage);
/* Runs a simple or compound command alone in the foreground. */
int execute_command(struct node *node);
/* Calls a function with argv[1...] as its parameters. */
int call_function(struct function *function, int argc, char **argv);
/* Runs a pipeline, in the background with `background`. */
int execute_pipeline(struct node **stages, int count, const char *text, int background);
/* Runs prepared stages as one job: programs, scripts and child shells as
 * processes connected by pipes, the rest in the shell. Returns $?. */
int run_prepared_pipeline(struct prepared_stage *stages, int count, const char *text, int background);
/* Runs any list item in the background as a job (a shell of its own runs
 * what cannot be an app). */
int execute_in_background(struct node *node);
/* Shows `+ words` under set -x. */
void trace_command(struct string_list *assignments, struct string_list *words);

/* ---- redirections (redirect.c) ---------------------------------------------- */

/* Expands a command's redirections. Returns 0, or -1 after a message. */
int redirect_plan_prepare(struct redirection *list, struct redirect_plan *plan);
void redirect_plan_free(struct redirect_plan *plan);

/* Copies of the shell's descriptors that redirections replaced. */
struct saved_descriptors {
    int saved[10]; /* a copy of fd N, -1 where untouched, -2 where it was closed */
};
void saved_descriptors_init(struct saved_descriptors *saved);
/* Points the shell's `target` at `fd`, saving the old one first. */
int redirect_fd(struct saved_descriptors *saved, int target, int fd);
/* Applies a plan to the shell's own descriptors. Returns 0, or -1 after a message. */
int redirect_plan_apply(const struct redirect_plan *plan, struct saved_descriptors *saved);
void restore_descriptors(struct saved_descriptors *saved);
/* Works out which of the shell's fds become a child's 0, 1 and 2: `child`
 * comes in with the pipes (or 0, 1, 2) and goes out redirected; files the
 * plan opened are added to `opened` (close them after the spawn). Returns
 * 0, or -1 after a message. */
int redirect_plan_for_child(const struct redirect_plan *plan, int child[3], int opened[], int *opened_count);
/* An fd reading `body`: a temporary file already unlinked. -1 after a message. */
int open_heredoc(const char *body);
/* An empty temporary file, already unlinked, open for reading and writing;
 * -1 when /tmp cannot hold one. */
int open_scratch_file(void);

/* ---- command substitution (capture.c) --------------------------------------- */

/* How many command substitutions have run (to tell whether an assignment ran one). */
extern int substitution_count;
/* Runs `text` with standard output into a pipe read at the same time, and
 * returns what it wrote without trailing newlines. Sets last_status. */
char *capture_output(const char *text, size_t length, int line);
/* Waits for process `pid` as wasmos_wait does, reading the innermost
 * substitution's pipe meanwhile so that the process never blocks on it. */
int wait_for_process(int pid, int *wait_status, int flags);
/* Reads what is waiting in the innermost substitution's pipe (after a
 * builtin wrote to it). */
void capture_drain(void);

/* ---- child shells (child_shell.c) ------------------------------------------- */

/* Starts a shell of its own (`cli -c`) that runs `text` after recreating
 * this shell's functions, variables, positional parameters and options.
 * `child` gives its fds 0, 1, 2; `group` as for wasmos_spawn. Returns its
 * pid or a negative errno. */
int spawn_child_shell(const char *text, const int child[3], int group);
/* In a child shell: runs the state script its parent left, then removes it. */
void child_shell_restore_state(void);
/* Frames (ulimit -s) a shell started by this one gets at least. */
#define SHELL_CALL_DEPTH 4096
struct wasmos_word;
struct wasmos_spawn_options;
/* wasmos_spawn for a shell process (a child shell or a script). */
int spawn_shell_process(const struct wasmos_word *argv, int argc, const struct wasmos_spawn_options *spawn_options);

/* ---- jobs (jobs.c) ---------------------------------------------------------- */

enum process_state { PROCESS_RUNNING, PROCESS_STOPPED, PROCESS_ENDED };

/* One started stage of a job. */
struct job_process {
    int pid;
    char *name;          /* its argv[0], for messages */
    enum process_state state;
    int wait_status;     /* POSIX wait status once ended or stopped */
};

/* A pipeline whose processes the shell started: running in the foreground,
 * in the background, or stopped. */
struct job {
    int number;          /* [N], the lowest free from 1; 0 for a free slot */
    int group;           /* its process group: the first started stage's pid */
    char *command;       /* the command line as typed, without a final & */
    struct job_process processes[MAX_STAGES];
    int process_count;
    int last_stage_status; /* -1, or $? of a last stage that is not a process */
    int console_mode;    /* the console mode the job had when it stopped */
    int recency;         /* higher for the job most recently stopped or backgrounded */
    int reported_stopped; /* its stop was announced */
    int starting;        /* its pipeline is still being set up (jobs and wait leave it) */
};

/* Whether a foreground job that fails is reported ("[false: exit status
 * 1]"): only for commands typed at the prompt, not tested ones. */
extern int report_failures;

/* A new job in the lowest free slot, or NULL after a message. */
struct job *job_create(const char *command, size_t length);
/* Records a started stage; the first one gives the job its group. */
void job_add_process(struct job *job, int pid, const char *name);
/* Forgets a job (its processes must have ended or been left alone). */
void job_remove(struct job *job);
/* The job numbered `number`, or NULL. */
struct job *job_find(int number);
/* The job the pid belongs to, or NULL; sets *index to its stage. */
struct job *job_of_pid(int pid, int *index);
/* The job fg and bg act on by default: the one most recently stopped, else
 * the one most recently put in the background. NULL when there is none. */
struct job *current_job(void);
/* The next job after `job` in number order (NULL starts), or NULL. */
struct job *job_next(struct job *job);
/* Marks the job most recently stopped or backgrounded. */
void job_touch(struct job *job);

/* Whether any process of the job is running, or all have ended. */
int job_is_running(const struct job *job);
int job_has_ended(const struct job *job);
/* $? for a job: its last stage's status (exit code or 128 + signal). */
int job_status(const struct job *job);
/* $? for one POSIX wait status. */
int status_from_wait(int wait_status);
/* "Done", "Exit 3", "Killed", "Stopped", ... for a job's state. */
void describe_job_state(const struct job *job, char *text, size_t size);

/* Runs the job in the foreground: gives it the console (in the console mode
 * it had), continues it if asked (fg), waits until none of its processes
 * runs, takes the console back. A stopped job is announced and kept; an
 * ended one is removed. Returns $?. */
int run_in_foreground(struct job *job, int send_continue);
/* Waits (blocking, in the background) until none of the job's processes
 * runs; removes it if it ended. Returns $?. */
int wait_for_job(struct job *job);
/* Waits until the job's process `index` ends or stops; removes the job if
 * it ended entirely. Returns that process's $?. */
int wait_for_job_process(struct job *job, int index);
/* Sends `signal` to every process of the job's group; a continue marks
 * them running. Returns 0 or a negative errno. */
int signal_job(struct job *job, int signal);
/* Reaps ended children without blocking and reads which processes are
 * stopped (for `jobs` and the prompt). */
void update_jobs(void);
/* Before a prompt: announces jobs that ended ("Done") or stopped, and
 * forgets the ended ones. */
void report_job_changes(void);
/* In a script: reaps ended background jobs quietly and forgets them. */
void forget_ended_jobs(void);
/* On exit: ends stopped jobs, which would otherwise stay stopped for ever. */
void hang_up_stopped_jobs(void);

/* ---- builtins (builtins.c, script_builtins.c, test_builtin.c,
 *      job_builtins.c, help.c) ----------------------------------------------- */

/* The commands the shell runs itself, with a line of help each. */
struct builtin {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
    const char *description;
};
extern const struct builtin builtins[];
extern const size_t builtin_count;
/* The builtin named `name`, or NULL. */
const struct builtin *builtin_find(const char *name);
/* Whether the shell runs this command itself: a builtin name, except `kill`
 * without a %job argument, which /bin/kill runs. */
int is_builtin_command(int argc, char **argv);
/* Runs a builtin; returns its status. */
int run_builtin(int argc, char **argv);
/* Leaves the shell with `status`, powering off at the top level. */
__attribute__((noreturn)) void leave_shell(int status);

int builtin_help(int argc, char **argv);
int builtin_jobs(int argc, char **argv);
int builtin_fg(int argc, char **argv);
int builtin_bg(int argc, char **argv);
int builtin_wait(int argc, char **argv);
int builtin_kill(int argc, char **argv);
/* Whether an argument list for kill names a %job. */
int kill_names_a_job(int argc, char **argv);
int builtin_test(int argc, char **argv);
int builtin_set(int argc, char **argv);
int builtin_shift(int argc, char **argv);
int builtin_local(int argc, char **argv);
int builtin_return(int argc, char **argv);
int builtin_break(int argc, char **argv);
int builtin_continue(int argc, char **argv);
int builtin_exit(int argc, char **argv);
int builtin_source(int argc, char **argv);
int builtin_eval(int argc, char **argv);
int builtin_read(int argc, char **argv);
int builtin_true(int argc, char **argv);
int builtin_false(int argc, char **argv);
int builtin_exec(int argc, char **argv);
int builtin_type(int argc, char **argv);
/* Applies `set` option letters such as "ex" (on) or, with `enable` 0, off.
 * Returns 0, or the bad letter. */
int set_option_letters(const char *letters, int enable);
/* The letters of the options that are on, for $-. */
void option_letters(char *out, size_t size);

#endif
