/* wasmos.h: the raw WasmOS system calls (ABI v1, see docs/ABI.md).
 * Every function returns a non-negative result or a negative errno.
 * Programs normally use the standard headers built on top of these. */
#ifndef WASMOS_H
#define WASMOS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WASMOS_IMPORT(name) __attribute__((import_module("wasmos"), import_name(#name)))

/* Console */
WASMOS_IMPORT(putchar) int32_t wasmos_putchar(int32_t c);
WASMOS_IMPORT(getchar) int32_t wasmos_getchar(void);
WASMOS_IMPORT(console_mode) int32_t wasmos_console_mode(int32_t mode);
#define WASMOS_CONSOLE_COOKED 0
#define WASMOS_CONSOLE_RAW 1

/* Files */
WASMOS_IMPORT(open) int32_t wasmos_open(const char *path, uint32_t path_len, int32_t flags);
WASMOS_IMPORT(close) int32_t wasmos_close(int32_t fd);
WASMOS_IMPORT(read) int32_t wasmos_read(int32_t fd, void *buf, uint32_t len);
WASMOS_IMPORT(write) int32_t wasmos_write(int32_t fd, const void *buf, uint32_t len);
WASMOS_IMPORT(lseek) int64_t wasmos_lseek(int32_t fd, int64_t offset, int32_t whence);
WASMOS_IMPORT(stat) int32_t wasmos_stat(const char *path, uint32_t path_len, void *st);
WASMOS_IMPORT(fstat) int32_t wasmos_fstat(int32_t fd, void *st);
WASMOS_IMPORT(utimens) int32_t wasmos_utimens(const char *path, uint32_t path_len, int64_t accessed_ns, int64_t modified_ns, int32_t flags);
WASMOS_IMPORT(futimens) int32_t wasmos_futimens(int32_t fd, int64_t accessed_ns, int64_t modified_ns, int32_t flags);
WASMOS_IMPORT(readdir) int32_t wasmos_readdir(int32_t fd, char *buf, uint32_t len);
WASMOS_IMPORT(mkdir) int32_t wasmos_mkdir(const char *path, uint32_t path_len);
WASMOS_IMPORT(rmdir) int32_t wasmos_rmdir(const char *path, uint32_t path_len);
WASMOS_IMPORT(unlink) int32_t wasmos_unlink(const char *path, uint32_t path_len);
WASMOS_IMPORT(rename) int32_t wasmos_rename(const char *old_path, uint32_t old_len, const char *new_path, uint32_t new_len);
WASMOS_IMPORT(getcwd) int32_t wasmos_getcwd(char *buf, uint32_t len);
WASMOS_IMPORT(chdir) int32_t wasmos_chdir(const char *path, uint32_t path_len);
WASMOS_IMPORT(dup) int32_t wasmos_dup(int32_t fd);
WASMOS_IMPORT(dup2) int32_t wasmos_dup2(int32_t fd, int32_t new_fd);

#define WASMOS_O_RDONLY 0
#define WASMOS_O_WRONLY 1
#define WASMOS_O_RDWR 2
#define WASMOS_O_CREAT 0x40
#define WASMOS_O_EXCL 0x80
#define WASMOS_O_TRUNC 0x200
#define WASMOS_O_APPEND 0x400
#define WASMOS_O_DIRECTORY 0x10000

/* wasmos_utimens/wasmos_futimens flags: which times to set, to the value
 * given or to now. */
#define WASMOS_TIMES_ACCESSED 1
#define WASMOS_TIMES_ACCESSED_NOW 2
#define WASMOS_TIMES_MODIFIED 4
#define WASMOS_TIMES_MODIFIED_NOW 8

#define WASMOS_KIND_FILE 1
#define WASMOS_KIND_DIRECTORY 2
#define WASMOS_KIND_DEVICE 3

/* The 24-byte record filled by wasmos_stat and wasmos_fstat. */
struct wasmos_stat {
    uint64_t size;
    uint32_t kind;
    uint32_t reserved;
    int64_t mtime_ns;
};

/* Processes */
WASMOS_IMPORT(arg_count) int32_t wasmos_arg_count(void);
WASMOS_IMPORT(arg_get) int32_t wasmos_arg_get(int32_t index, char *buf, uint32_t len);
WASMOS_IMPORT(env_get) int32_t wasmos_env_get(const char *name, uint32_t name_len, char *buf, uint32_t len);
WASMOS_IMPORT(env_set) int32_t wasmos_env_set(const char *name, uint32_t name_len, const char *value, int32_t value_len);
WASMOS_IMPORT(runapp) int32_t wasmos_runapp(const char *command, uint32_t command_len);

/* One word of a wasmos_runargv argument vector. */
struct wasmos_word {
    const char *ptr;
    uint32_t len;
};
WASMOS_IMPORT(runargv) int32_t wasmos_runargv(const struct wasmos_word *argv, int32_t argc);
WASMOS_IMPORT(exit) __attribute__((noreturn)) void wasmos_exit(int32_t status);
WASMOS_IMPORT(limit_get) int64_t wasmos_limit_get(int32_t kind);
WASMOS_IMPORT(limit_set) int32_t wasmos_limit_set(int32_t kind, int64_t value);
WASMOS_IMPORT(call_protected) int32_t wasmos_call_protected(int32_t function, int32_t argument);
WASMOS_IMPORT(throw) __attribute__((noreturn)) void wasmos_throw(int32_t code);

/* Kinds of limit for wasmos_limit_get and wasmos_limit_set. */
#define WASMOS_LIMIT_MEMORY_PAGES 0
#define WASMOS_LIMIT_TABLE_ENTRIES 1
#define WASMOS_LIMIT_CALL_DEPTH 2
#define WASMOS_LIMIT_NESTING 3
#define WASMOS_LIMIT_OPEN_FILES 4
#define WASMOS_LIMIT_ARGUMENTS 5
#define WASMOS_LIMIT_PROCESSES 6
WASMOS_IMPORT(poweroff) __attribute__((noreturn)) void wasmos_poweroff(int32_t status);

/* Concurrent processes and jobs */
/* The 32-byte record wasmos_spawn reads (docs/ABI.md). */
struct wasmos_spawn_options {
    int32_t stdin_fd;  /* the caller's fd that becomes the child's 0; -1 the caller's 0; -2 none */
    int32_t stdout_fd; /* the same for 1 */
    int32_t stderr_fd; /* the same for 2 */
    int32_t group;     /* 0 the caller's group, -1 a new group (id = child's pid), n > 0 group n */
    const char *cwd;   /* the child's working directory */
    uint32_t cwd_len;  /* 0 keeps the caller's */
    const struct wasmos_word *env; /* env_count "NAME=value" words: the whole environment */
    int32_t env_count; /* -1 passes the caller's environment */
};
#define WASMOS_FD_INHERIT (-1)
#define WASMOS_FD_NONE (-2)
#define WASMOS_GROUP_INHERIT 0
#define WASMOS_GROUP_NEW (-1)
WASMOS_IMPORT(spawn) int32_t wasmos_spawn(const struct wasmos_word *argv, int32_t argc, const struct wasmos_spawn_options *options);
/* wasmos_spawn, and for a WASI program its preopened directories: preopen_count
 * (host directory, name the program sees) pairs of words; -1 gives / and the
 * working directory. */
WASMOS_IMPORT(spawn_preopened) int32_t wasmos_spawn_preopened(const struct wasmos_word *argv, int32_t argc, const struct wasmos_spawn_options *options, const struct wasmos_word *preopens, int32_t preopen_count);
WASMOS_IMPORT(wait) int32_t wasmos_wait(int32_t pid, int32_t *status, int32_t flags);
#define WASMOS_WNOHANG 1
#define WASMOS_WUNTRACED 2
WASMOS_IMPORT(getpid) int32_t wasmos_getpid(void);
WASMOS_IMPORT(getppid) int32_t wasmos_getppid(void);
WASMOS_IMPORT(kill) int32_t wasmos_kill(int32_t pid, int32_t signal);
WASMOS_IMPORT(console_foreground) int32_t wasmos_console_foreground(int32_t group);
WASMOS_IMPORT(pipe) int32_t wasmos_pipe(int32_t fds[2]);

/* The 8-byte record of wasmos_poll, POSIX's struct pollfd. */
struct wasmos_pollfd {
    int32_t fd;
    int16_t events;
    int16_t revents;
};
#define WASMOS_POLLIN 1
#define WASMOS_POLLOUT 4
#define WASMOS_POLLERR 8
#define WASMOS_POLLHUP 16
#define WASMOS_POLLNVAL 32
WASMOS_IMPORT(poll) int32_t wasmos_poll(struct wasmos_pollfd *fds, int32_t count, int64_t timeout_ns);

/* Messages between processes */
#define WASMOS_MESSAGE_MAX 4096
#define WASMOS_MSG_NONBLOCK 1
/* The 8-byte record wasmos_msg_receive fills. */
struct wasmos_message {
    int32_t sender; /* the sender's pid */
    int32_t call;   /* 0 for wasmos_msg_send; else pass it to wasmos_msg_reply */
};
WASMOS_IMPORT(service_register) int32_t wasmos_service_register(const char *name, uint32_t name_len);
WASMOS_IMPORT(service_lookup) int32_t wasmos_service_lookup(const char *name, uint32_t name_len);
WASMOS_IMPORT(msg_send) int32_t wasmos_msg_send(int32_t pid, const void *buf, uint32_t len, int32_t flags);
WASMOS_IMPORT(msg_call) int32_t wasmos_msg_call(int32_t pid, const void *buf, uint32_t len, void *reply, uint32_t reply_len);
WASMOS_IMPORT(msg_receive) int32_t wasmos_msg_receive(void *buf, uint32_t len, struct wasmos_message *info, int32_t flags);
WASMOS_IMPORT(msg_reply) int32_t wasmos_msg_reply(int32_t pid, int32_t call, const void *buf, uint32_t len);

/* Time */
WASMOS_IMPORT(timesinceboot) int64_t wasmos_timesinceboot(void);
WASMOS_IMPORT(cputime) int64_t wasmos_cputime(void);
WASMOS_IMPORT(walltime) int64_t wasmos_walltime(void);
WASMOS_IMPORT(sleep) int32_t wasmos_sleep(int64_t ns);

/* Randomness */
WASMOS_IMPORT(random) int32_t wasmos_random(void *buf, uint32_t len);

#undef WASMOS_IMPORT

#ifdef __cplusplus
}
#endif

#endif
