/* ps: lists the processes from /proc: pid, parent, process group, state,
 * memory (KiB), CPU time (seconds) and command line. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos/process_info.h>


int main(int argc, char **argv) {
    (void)argv;
    if (argc > 1) {
        fprintf(stderr, "usage: ps\n");
        return 2;
    }
    size_t count = 0;
    int *pids = wasmos_process_list(&count);
    if (!pids) {
        fprintf(stderr, "ps: /proc: %s\n", strerror(errno));
        return 1;
    }
    printf("%5s %5s %5s %-5s %8s %8s %s\n", "PID", "PPID", "PGID", "STATE", "MEM", "TIME", "COMMAND");
    for (size_t index = 0; index < count; index++) {
        struct wasmos_process_info process;
        if (wasmos_process_info_read(pids[index], &process) < 0)
            continue;
        printf("%5d %5d %5d %-5c %8lld %5lld.%02lld %s\n", process.pid, process.parent_pid, process.group,
               process.state, process.memory_pages * 64, process.cpu_ns / 1000000000,
               process.cpu_ns % 1000000000 / 10000000, process.command);
    }
    free(pids);
    return 0;
}
