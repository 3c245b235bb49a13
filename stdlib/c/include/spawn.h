/* spawn.h: starting programs as concurrent child processes (posix_spawn),
 * mapped onto the kernel's spawn call and its wasmos_spawn record. */
#ifndef _SPAWN_H
#define _SPAWN_H

#include <signal.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Attribute flags (glibc's values). RESETIDS, SETSIGDEF and SETSIGMASK are
 * accepted and always hold: there is one user, and a child starts with no
 * handlers and nothing blocked. */
#define POSIX_SPAWN_RESETIDS 0x01
#define POSIX_SPAWN_SETPGROUP 0x02
#define POSIX_SPAWN_SETSIGDEF 0x04
#define POSIX_SPAWN_SETSIGMASK 0x08

typedef struct {
    short __flags;
    pid_t __group;
    sigset_t __default_signals;
    sigset_t __signal_mask;
} posix_spawnattr_t;

/* The recorded actions are private to the library (src/process/spawn_actions.h). */
struct __wasmos_spawn_action;
typedef struct {
    int __count;
    int __capacity;
    struct __wasmos_spawn_action *__actions;
} posix_spawn_file_actions_t;

/* Starts `path` as a child process and stores its pid. A path without '/' is
 * taken from the working directory; posix_spawnp looks a bare name up as
 * /bin/<name>.wasm. The child's argv[0] is that path or name (the kernel runs
 * the program its first word names), followed by argv[1], argv[2], ... envp
 * NULL passes the caller's environment. Returns 0 or an errno value. */
int posix_spawn(pid_t *__restrict pid, const char *__restrict path,
                const posix_spawn_file_actions_t *file_actions,
                const posix_spawnattr_t *__restrict attributes, char *const argv[],
                char *const envp[]);
int posix_spawnp(pid_t *__restrict pid, const char *__restrict file,
                 const posix_spawn_file_actions_t *file_actions,
                 const posix_spawnattr_t *__restrict attributes, char *const argv[],
                 char *const envp[]);

/* File actions run in order as if in the child. A child has only the
 * descriptors 0, 1 and 2, so dup2 and open can target only those (else
 * EINVAL); closing a higher fd is allowed and changes nothing. An open is
 * made by the caller and its fd closed again once the child has started. */
int posix_spawn_file_actions_init(posix_spawn_file_actions_t *file_actions);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *file_actions);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *file_actions, int fd);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *file_actions, int fd, int new_fd);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *__restrict file_actions, int fd,
                                     const char *__restrict path, int flags, mode_t mode);
/* POSIX.1-2024 (glibc's _np name too): the child's working directory. */
int posix_spawn_file_actions_addchdir(posix_spawn_file_actions_t *__restrict file_actions,
                                      const char *__restrict path);
#define posix_spawn_file_actions_addchdir_np posix_spawn_file_actions_addchdir

/* With POSIX_SPAWN_SETPGROUP the child joins process group `group`, or starts
 * a new one (whose id is its pid) when `group` is 0. */
int posix_spawnattr_init(posix_spawnattr_t *attributes);
int posix_spawnattr_destroy(posix_spawnattr_t *attributes);
int posix_spawnattr_setflags(posix_spawnattr_t *attributes, short flags);
int posix_spawnattr_getflags(const posix_spawnattr_t *__restrict attributes, short *__restrict flags);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attributes, pid_t group);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *__restrict attributes, pid_t *__restrict group);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *__restrict attributes,
                                  const sigset_t *__restrict signals);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *__restrict attributes,
                                  sigset_t *__restrict signals);
int posix_spawnattr_setsigmask(posix_spawnattr_t *__restrict attributes,
                               const sigset_t *__restrict signals);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *__restrict attributes,
                               sigset_t *__restrict signals);

#ifdef __cplusplus
}
#endif

#endif
