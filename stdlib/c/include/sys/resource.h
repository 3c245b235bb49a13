/* sys/resource.h: resource limits and usage, over the kernel's per-process
 * limits (docs/ABI.md, limit_get/limit_set; the shell's ulimit sets the same
 * ones). Numbers and structures are Linux's.
 *
 * Limits WasmOS has:
 *   RLIMIT_NOFILE  open files
 *   RLIMIT_NPROC   processes alive at once (all of them, not only this user's)
 *   RLIMIT_AS, RLIMIT_DATA  linear memory, in bytes (the kernel counts 64 KiB
 *                  pages: a value is rounded down to whole pages)
 *   RLIMIT_STACK   the call depth, in Wasm frames, NOT bytes: a Wasm program's
 *                  C stack is a fixed region of its memory, set when it is
 *                  linked, and what the kernel limits is how deep calls nest
 * getrlimit's rlim_max is the kernel's hard maximum. setrlimit sets the
 * limit to rlim_cur (RLIM_INFINITY or anything above the hard maximum: the
 * hard maximum); it fails with EINVAL when rlim_cur > rlim_max or rlim_cur
 * is less than one unit (0 files, less than a page), and with EPERM when
 * rlim_max is above the hard maximum but not RLIM_INFINITY. Memory and call
 * depth apply to the programs started afterwards (a running module keeps
 * the ones it was loaded with); the others at once. Every other resource is
 * EINVAL. */
#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <sys/time.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long long rlim_t;

#define RLIM_INFINITY (~(rlim_t)0)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

#define RLIMIT_CPU 0
#define RLIMIT_FSIZE 1
#define RLIMIT_DATA 2
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_RSS 5
#define RLIMIT_NPROC 6
#define RLIMIT_NOFILE 7
#define RLIMIT_MEMLOCK 8
#define RLIMIT_AS 9
#define RLIMIT_LOCKS 10
#define RLIMIT_SIGPENDING 11
#define RLIMIT_MSGQUEUE 12
#define RLIMIT_NICE 13
#define RLIMIT_RTPRIO 14
#define RLIMIT_RTTIME 15
#define RLIMIT_NLIMITS 16
#define RLIMIT_OFILE RLIMIT_NOFILE

struct rlimit {
    rlim_t rlim_cur;
    rlim_t rlim_max;
};

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_THREAD 1

/* Usage: ru_utime is the process's CPU time (the kernel does not tell user
 * from system time, so ru_stime is 0) and ru_maxrss its linear memory in
 * KiB; RUSAGE_CHILDREN reports zeros. The other fields are 0. */
struct rusage {
    struct timeval ru_utime;
    struct timeval ru_stime;
    long ru_maxrss;
    long ru_ixrss;
    long ru_idrss;
    long ru_isrss;
    long ru_minflt;
    long ru_majflt;
    long ru_nswap;
    long ru_inblock;
    long ru_oublock;
    long ru_msgsnd;
    long ru_msgrcv;
    long ru_nsignals;
    long ru_nvcsw;
    long ru_nivcsw;
};

int getrlimit(int resource, struct rlimit *limit);
int setrlimit(int resource, const struct rlimit *limit);
int getrusage(int who, struct rusage *usage);

#ifdef __cplusplus
}
#endif

#endif
