/* wasmos/process_info.h: what /proc/<pid>/status and /proc/<pid>/cmdline
 * say about a process, for tools such as ps and top. */
#ifndef WASMOS_PROCESS_INFO_H
#define WASMOS_PROCESS_INFO_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One process. */
struct wasmos_process_info {
    int pid;
    int parent_pid;
    int group;
    char state;             /* R running or ready, S blocked, T stopped, Z ended */
    long long memory_pages; /* of 64 KiB */
    long long cpu_ns;
    char name[64];
    char command[1024];     /* the arguments separated by spaces */
};

/* Reads a small file such as /proc/meminfo into `buffer` (at most size - 1
 * bytes, then a NUL). Returns the length, or -1 with errno. */
ssize_t wasmos_read_small_file(const char *path, char *buffer, size_t size);

/* Fills `info` for `pid`; returns 0, or -1 with errno when it has gone. */
int wasmos_process_info_read(int pid, struct wasmos_process_info *info);

/* The pids listed in /proc, in increasing order, in a malloc'd array of
 * `*count` entries (free it); NULL with errno on failure. */
int *wasmos_process_list(size_t *count);

#ifdef __cplusplus
}
#endif

#endif
