/* ps: lists the processes from /proc: pid, parent, process group, state,
 * memory (KiB), CPU time (seconds) and command line. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One process, as /proc/<pid>/status and /proc/<pid>/cmdline describe it. */
struct process {
    int pid;
    int parent_pid;
    int group;
    char state;
    long long memory_pages;
    long long cpu_ns;
    char name[64];
    char command[1024];
};

/* Reads a small file into `buffer` (at most size - 1 bytes, then a NUL).
 * Returns the length, or -1 with errno. */
static ssize_t read_small_file(const char *path, char *buffer, size_t size) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    size_t used = 0;
    while (used + 1 < size) {
        ssize_t got = read(fd, buffer + used, size - 1 - used);
        if (got < 0) {
            int error = errno;
            close(fd);
            errno = error;
            return -1;
        }
        if (got == 0)
            break;
        used += (size_t)got;
    }
    close(fd);
    buffer[used] = '\0';
    return (ssize_t)used;
}

/* Takes one "Key:\tvalue" line of a status file into `process`. */
static void take_status_line(char *line, struct process *process) {
    char *colon = strchr(line, ':');
    if (!colon)
        return;
    *colon = '\0';
    char *value = colon + 1;
    while (*value == ' ' || *value == '\t')
        value++;
    if (strcmp(line, "Name") == 0)
        snprintf(process->name, sizeof process->name, "%s", value);
    else if (strcmp(line, "State") == 0)
        process->state = *value ? *value : '?';
    else if (strcmp(line, "PPid") == 0)
        process->parent_pid = (int)strtol(value, NULL, 10);
    else if (strcmp(line, "PGid") == 0)
        process->group = (int)strtol(value, NULL, 10);
    else if (strcmp(line, "MemoryPages") == 0)
        process->memory_pages = strtoll(value, NULL, 10);
    else if (strcmp(line, "CpuTimeNs") == 0)
        process->cpu_ns = strtoll(value, NULL, 10);
}

/* Fills `process` for `pid`; returns 0, or -1 when it has gone meanwhile. */
static int read_process(int pid, struct process *process) {
    char path[64];
    char text[1024];
    memset(process, 0, sizeof *process);
    process->pid = pid;
    process->state = '?';
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    if (read_small_file(path, text, sizeof text) < 0)
        return -1;
    for (char *line = text; *line;) {
        char *end = strchr(line, '\n');
        char *next = end ? end + 1 : line + strlen(line);
        if (end)
            *end = '\0';
        take_status_line(line, process);
        line = next;
    }
    snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
    ssize_t length = read_small_file(path, process->command, sizeof process->command);
    if (length < 0)
        return -1;
    /* The arguments are NUL-terminated; show them separated by spaces. */
    for (ssize_t index = 0; index < length; index++) {
        if (process->command[index] == '\0')
            process->command[index] = ' ';
    }
    while (length > 0 && process->command[length - 1] == ' ')
        process->command[--length] = '\0';
    if (length == 0)
        snprintf(process->command, sizeof process->command, "[%s]", process->name);
    return 0;
}

static int compare_pids(const void *left, const void *right) {
    int a = *(const int *)left;
    int b = *(const int *)right;
    return (a > b) - (a < b);
}

/* The pids listed in /proc, in increasing order; NULL with errno on failure. */
static int *list_pids(size_t *count) {
    DIR *directory = opendir("/proc");
    if (!directory)
        return NULL;
    int *pids = NULL;
    size_t used = 0;
    size_t capacity = 0;
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        char *end;
        long pid = strtol(entry->d_name, &end, 10);
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9' || *end || pid <= 0 || pid > 0x7fffffff)
            continue;
        if (used == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            int *grown = realloc(pids, capacity * sizeof *pids);
            if (!grown) {
                free(pids);
                closedir(directory);
                errno = ENOMEM;
                return NULL;
            }
            pids = grown;
        }
        pids[used++] = (int)pid;
    }
    closedir(directory);
    qsort(pids, used, sizeof *pids, compare_pids);
    *count = used;
    if (!pids) {
        pids = malloc(sizeof *pids); /* none listed is not an error */
        if (!pids)
            errno = ENOMEM;
    }
    return pids;
}

int main(int argc, char **argv) {
    (void)argv;
    if (argc > 1) {
        fprintf(stderr, "usage: ps\n");
        return 2;
    }
    size_t count = 0;
    int *pids = list_pids(&count);
    if (!pids) {
        fprintf(stderr, "ps: /proc: %s\n", strerror(errno));
        return 1;
    }
    printf("%5s %5s %5s %-5s %8s %8s %s\n", "PID", "PPID", "PGID", "STATE", "MEM", "TIME", "COMMAND");
    for (size_t index = 0; index < count; index++) {
        struct process process;
        if (read_process(pids[index], &process) < 0)
            continue;
        printf("%5d %5d %5d %-5c %8lld %5lld.%02lld %s\n", process.pid, process.parent_pid, process.group,
               process.state, process.memory_pages * 64, process.cpu_ns / 1000000000,
               process.cpu_ns % 1000000000 / 10000000, process.command);
    }
    free(pids);
    return 0;
}
