/* sys/wait.h: waiting for child processes and reading their wait status. */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* waitpid() options (the kernel's wait flags, which are Linux's). */
#define WNOHANG 1
#define WUNTRACED 2

/* The wait status is POSIX's encoding (docs/ABI.md, Exit status): the low 7
 * bits hold the signal that ended the process, 0 if it exited, and bits 8-15
 * its exit status; a stopped process is (signal << 8) | 0x7f. */
#define WEXITSTATUS(status) (((status) >> 8) & 0xff)
#define WTERMSIG(status) ((status) & 0x7f)
#define WSTOPSIG(status) WEXITSTATUS(status)
#define WIFEXITED(status) (WTERMSIG(status) == 0)
#define WIFSIGNALED(status) (WTERMSIG(status) != 0 && WTERMSIG(status) != 0x7f)
#define WIFSTOPPED(status) (((status) & 0xff) == 0x7f)
/* No core dumps and no WCONTINUED reports: both are always false. */
#define WCOREDUMP(status) ((status) & 0x80)
#define WIFCONTINUED(status) ((status) == 0xffff)

/* pid > 0 waits for that child, -1 for any child. Waiting by process group
 * (pid 0 or below -1) is not supported: EINVAL. */
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);

#ifdef __cplusplus
}
#endif

#endif
