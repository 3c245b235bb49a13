/* The shell's private header: what its parts share. main.c starts the shell
 * and runs the read-run loop; editor.c edits a line (with history.c and
 * completion.c); lexer.c turns it into tokens and expands words; executor.c
 * runs them; jobs.c keeps the jobs and waits for them; builtins.c and
 * job_builtins.c hold the commands the shell runs itself. */
#ifndef CLI_SHELL_H
#define CLI_SHELL_H

#include <stddef.h>

#define LINE_CAPACITY 4096
#define HISTORY_CAPACITY 100
#define MAX_WORDS 256
#define MAX_TOKENS 512
/* Stages of one pipeline, and jobs alive at once (the kernel allows 64
 * processes by default, 256 at most). */
#define MAX_STAGES 32
#define MAX_JOBS 64

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

/* Whether this is the shell the kernel started: leaving it powers off. */
extern int top_level_shell;

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
    TOKEN_PIPE,       /* | */
    TOKEN_SEQUENCE,   /* ; */
    TOKEN_BACKGROUND, /* & */
    TOKEN_AND,        /* && */
    TOKEN_OR,         /* || */
    TOKEN_IN,         /* < */
    TOKEN_OUT,        /* > */
    TOKEN_APPEND,     /* >> */
    TOKEN_ERROR_OUT,  /* 2> */
    TOKEN_ERROR_APPEND, /* 2>> */
    TOKEN_ERROR_TO_OUT, /* 2>&1 */
};

struct token {
    enum token_kind kind;
    char *text;   /* words only: the word as typed, quotes and $ included */
    size_t start; /* where the token lies in the line: [start, end) */
    size_t end;
};

/* Splits a line into tokens, checking quotes; returns the count, or -1
 * after a message. Word texts are malloc'd and not yet expanded, so that
 * $? is read when the word's pipeline runs. */
int tokenize(const char *line, struct token *tokens, int capacity);
/* Expands a word as typed: removes quotes and backslashes and substitutes
 * $?, $!, $$, $NAME and ${NAME}. Returns a malloc'd string, or NULL when
 * out of memory. *removed is set when the word vanishes (an unquoted word
 * that expanded to nothing). */
char *expand_word(const char *word, int *removed);

/* ---- running command lines (executor.c) ------------------------------------- */

/* The status of the last pipeline run, which $? expands to. */
extern int last_status;
/* The pid of the last job started in the background ($!), 0 before any. */
extern int last_background_pid;
/* Runs a whole line: pipelines joined by ; & && ||. */
void run_line(const char *line);

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
};

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
/* On exit: ends stopped jobs, which would otherwise stay stopped for ever. */
void hang_up_stopped_jobs(void);

/* ---- builtins (builtins.c and job_builtins.c) ------------------------------- */

/* The commands the shell runs itself (see run_builtin). */
extern const char *const builtin_names[];
extern const size_t builtin_count;
/* Whether the shell runs this command itself: a builtin name, except `kill`
 * without a %job argument, which /bin/kill runs. */
int is_builtin_command(int argc, char **argv);
/* Runs a builtin if argv[0] names one; returns -1 if it does not. */
int run_builtin(int argc, char **argv);
/* Leaves the shell with `status`, powering off at the top level. */
void leave_shell(int status);

int builtin_jobs(int argc, char **argv);
int builtin_fg(int argc, char **argv);
int builtin_bg(int argc, char **argv);
int builtin_wait(int argc, char **argv);
int builtin_kill(int argc, char **argv);
/* Whether an argument list for kill names a %job. */
int kill_names_a_job(int argc, char **argv);

#endif
