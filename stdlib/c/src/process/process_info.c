/* process_info.c: reading /proc/<pid>/status and /proc/<pid>/cmdline, and
 * listing the pids in /proc (wasmos/process_info.h). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos/process_info.h>

/* Reads a small file into `buffer` (at most size - 1 bytes, then a NUL).
 * Returns the length, or -1 with errno. */
ssize_t wasmos_read_small_file(const char *path, char *buffer, size_t size) {
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
static void take_status_line(char *line, struct wasmos_process_info *process) {
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
int wasmos_process_info_read(int pid, struct wasmos_process_info *process) {
    char path[64];
    char text[1024];
    memset(process, 0, sizeof *process);
    process->pid = pid;
    process->state = '?';
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    if (wasmos_read_small_file(path, text, sizeof text) < 0)
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
    ssize_t length = wasmos_read_small_file(path, process->command, sizeof process->command);
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
int *wasmos_process_list(size_t *count) {
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

