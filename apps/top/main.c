/* top: a full-screen list of the processes, refreshed in place every few
 * seconds and sorted by their share of the CPU since the last refresh, under
 * a header with the uptime, the process count and the kernel's memory. `q`
 * quits. -d sets the interval, -n stops after that many refreshes, -b (batch)
 * prints plain frames one after the other and reads no keys. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wasmos.h>
#include <wasmos/process_info.h>

/* The screen size when COLUMNS and LINES do not say. */
#define DEFAULT_COLUMNS 80
#define DEFAULT_ROWS 24
/* The first refresh measures the CPU over this many milliseconds. */
#define FIRST_INTERVAL_MS 250

/* One process, as /proc/<pid>/status and /proc/<pid>/cmdline describe it. */
struct process {
    int pid;
    int parent_pid;
    int group;
    char state;
    long long memory_pages;
    long long cpu_ns;
    double cpu_percent; /* of one CPU, since the previous refresh */
    char name[64];
    char command[256];
};

/* The processes at one moment, sorted by pid. */
struct sample {
    struct process *processes;
    size_t count;
    long long taken_ns; /* monotonic time */
};

static int batch;
static int columns = DEFAULT_COLUMNS;
static int rows = DEFAULT_ROWS;
static int input_open = 1;

static void usage(void) {
    fprintf(stderr, "usage: top [-b] [-d SECONDS] [-n ITERATIONS]\n");
}

static long long monotonic_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
}

/* Fills `process` for `pid` from /proc; returns 0, or -1 when it has gone. */
static int read_process(int pid, struct process *process) {
    struct wasmos_process_info info;
    if (wasmos_process_info_read(pid, &info) < 0)
        return -1;
    memset(process, 0, sizeof *process);
    process->pid = info.pid;
    process->parent_pid = info.parent_pid;
    process->group = info.group;
    process->state = info.state;
    process->memory_pages = info.memory_pages;
    process->cpu_ns = info.cpu_ns;
    snprintf(process->name, sizeof process->name, "%s", info.name);
    snprintf(process->command, sizeof process->command, "%s", info.command);
    return 0;
}

static int compare_pids(const void *left, const void *right) {
    int a = ((const struct process *)left)->pid;
    int b = ((const struct process *)right)->pid;
    return (a > b) - (a < b);
}

/* Reads every process of /proc into `sample`; returns 0, or -1 with errno. */
static int take_sample(struct sample *sample) {
    size_t count = 0;
    int *pids = wasmos_process_list(&count);
    if (!pids)
        return -1;
    sample->count = 0;
    sample->processes = malloc((count ? count : 1) * sizeof *sample->processes);
    if (!sample->processes) {
        free(pids);
        errno = ENOMEM;
        return -1;
    }
    /* The list is in pid order; a process that ended since is left out. */
    for (size_t index = 0; index < count; index++) {
        if (read_process(pids[index], &sample->processes[sample->count]) == 0)
            sample->count++;
    }
    free(pids);
    sample->taken_ns = monotonic_ns();
    return 0;
}

/* Sets each process's %CPU from the CPU time it gained since `previous`. */
static void compute_cpu_shares(struct sample *current, const struct sample *previous) {
    long long elapsed = current->taken_ns - previous->taken_ns;
    for (size_t index = 0; index < current->count; index++) {
        struct process *process = &current->processes[index];
        const struct process *before =
            previous->count ? bsearch(process, previous->processes, previous->count, sizeof *process, compare_pids)
                            : NULL;
        /* A process new since then spent all its time in between. */
        long long gained = process->cpu_ns - (before ? before->cpu_ns : 0);
        if (gained < 0 || elapsed <= 0)
            gained = 0;
        process->cpu_percent = elapsed > 0 ? 100.0 * (double)gained / (double)elapsed : 0.0;
    }
}

static int compare_cpu_shares(const void *left, const void *right) {
    const struct process *a = *(const struct process *const *)left;
    const struct process *b = *(const struct process *const *)right;
    if (a->cpu_percent != b->cpu_percent)
        return a->cpu_percent < b->cpu_percent ? 1 : -1;
    return (a->pid > b->pid) - (a->pid < b->pid);
}

/* The kernel heap's figures from /proc/meminfo, in bytes (-1 if missing). */
struct memory {
    long long total, used, free, apps;
};

static void read_memory(struct memory *memory) {
    char text[1024];
    memory->total = memory->used = memory->free = memory->apps = -1;
    if (wasmos_read_small_file("/proc/meminfo", text, sizeof text) < 0)
        return;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        *colon = '\0';
        long long value = strtoll(colon + 1, NULL, 10);
        if (strcmp(line, "HeapTotal") == 0)
            memory->total = value;
        else if (strcmp(line, "HeapUsed") == 0)
            memory->used = value;
        else if (strcmp(line, "HeapFree") == 0)
            memory->free = value;
        else if (strcmp(line, "AppMemory") == 0)
            memory->apps = value;
    }
}

/* Lines written so far in the current frame. */
static int lines_written;

/* Writes one line of the frame: cut to the screen's width, with the rest of
 * the screen line cleared; none past the last row, so the screen never scrolls. */
static void put_line(const char *text) {
    if (batch) {
        printf("%s\n", text);
        return;
    }
    if (lines_written >= rows)
        return;
    if (lines_written > 0)
        printf("\n");
    printf("%.*s\033[K", columns - 1, text);
    lines_written++;
}

static void draw(const struct sample *sample) {
    char line[512];
    struct memory memory;
    read_memory(&memory);
    int running = 0, sleeping = 0, stopped = 0, ended = 0;
    for (size_t index = 0; index < sample->count; index++) {
        switch (sample->processes[index].state) {
        case 'R': running++; break;
        case 'S': sleeping++; break;
        case 'T': stopped++; break;
        case 'Z': ended++; break;
        default: break;
        }
    }
    lines_written = 0;
    if (!batch)
        printf("\033[H");
    long long uptime = sample->taken_ns / 1000000000LL;
    snprintf(line, sizeof line, "top - up %lld:%02lld:%02lld, %zu processes: %d running, %d sleeping, %d stopped, %d ended",
             uptime / 3600, uptime / 60 % 60, uptime % 60, sample->count, running, sleeping, stopped, ended);
    put_line(line);
    /* The host runner's heap has no fixed size: its total reads 0. */
    if (memory.total > 0)
        snprintf(line, sizeof line, "Memory: %lld KiB used of %lld KiB, %lld KiB free; apps %lld KiB",
                 memory.used / 1024, memory.total / 1024, memory.free / 1024, memory.apps / 1024);
    else
        snprintf(line, sizeof line, "Memory: %lld KiB used; apps %lld KiB", memory.used / 1024, memory.apps / 1024);
    put_line(line);
    put_line("");
    snprintf(line, sizeof line, "%5s %5s %5s %-5s %5s %8s %8s %s", "PID", "PPID", "PGID", "STATE", "%CPU", "MEM",
             "TIME", "COMMAND");
    put_line(line);

    const struct process **order = malloc((sample->count ? sample->count : 1) * sizeof *order);
    if (order) {
        for (size_t index = 0; index < sample->count; index++)
            order[index] = &sample->processes[index];
        qsort(order, sample->count, sizeof *order, compare_cpu_shares);
        for (size_t index = 0; index < sample->count; index++) {
            const struct process *process = order[index];
            snprintf(line, sizeof line, "%5d %5d %5d %-5c %5.1f %8lld %5lld.%02lld %s", process->pid,
                     process->parent_pid, process->group, process->state, process->cpu_percent,
                     process->memory_pages * 64, process->cpu_ns / 1000000000,
                     process->cpu_ns % 1000000000 / 10000000, process->command);
            put_line(line);
        }
        free(order);
    }
    if (batch)
        printf("\n");
    else
        printf("\033[J");
    fflush(stdout);
}

/* How waiting ended. */
enum wait_outcome { WAIT_TIMEOUT, WAIT_KEY, WAIT_QUIT };

/* Waits `milliseconds`, or less if a key is pressed: q (or Ctrl-C, which
 * arrives as a byte in raw mode) quits, another key refreshes now. */
static enum wait_outcome wait_for_key(long long milliseconds) {
    long long deadline = monotonic_ns() + milliseconds * 1000000LL;
    for (;;) {
        long long remaining = deadline - monotonic_ns();
        if (remaining <= 0)
            return WAIT_TIMEOUT;
        if (batch || !input_open) {
            struct timespec pause = {remaining / 1000000000LL, remaining % 1000000000LL};
            nanosleep(&pause, NULL);
            continue;
        }
        struct pollfd input = {.fd = 0, .events = POLLIN, .revents = 0};
        int timeout = (int)((remaining + 999999) / 1000000);
        int ready = poll(&input, 1, timeout);
        if (ready == 0)
            continue;
        char key = 0;
        /* An error or the end of input: go on without keys. */
        if (ready < 0 || (input.revents & POLLNVAL) || read(0, &key, 1) != 1) {
            input_open = 0;
            continue;
        }
        if (key == 'q' || key == 'Q' || key == 3)
            return WAIT_QUIT;
        return WAIT_KEY;
    }
}

/* A positive whole number from the environment, or `fallback`. */
static int size_from_environment(const char *name, int fallback) {
    const char *text = getenv(name);
    long value = text ? strtol(text, NULL, 10) : 0;
    return value >= 10 && value <= 1000 ? (int)value : fallback;
}

int main(int argc, char **argv) {
    long long delay_ms = 2000;
    long iterations = -1; /* for ever */
    int option;
    while ((option = getopt(argc, argv, "bd:n:")) != -1) {
        char *end = NULL;
        switch (option) {
        case 'b':
            batch = 1;
            break;
        case 'd': {
            double seconds = strtod(optarg, &end);
            if (*end || !(seconds > 0) || seconds > 86400) {
                fprintf(stderr, "top: bad interval: '%s'\n", optarg);
                usage();
                return 2;
            }
            delay_ms = (long long)(seconds * 1000 + 0.5);
            if (delay_ms < 1)
                delay_ms = 1;
            break;
        }
        case 'n':
            iterations = strtol(optarg, &end, 10);
            if (*end || iterations <= 0) {
                fprintf(stderr, "top: bad number of iterations: '%s'\n", optarg);
                usage();
                return 2;
            }
            break;
        default:
            usage();
            return 2;
        }
    }
    if (optind < argc) {
        usage();
        return 2;
    }
    columns = size_from_environment("COLUMNS", DEFAULT_COLUMNS);
    rows = size_from_environment("LINES", DEFAULT_ROWS);
    setvbuf(stdout, NULL, _IOFBF, 32768);

    struct sample previous;
    if (take_sample(&previous) < 0) {
        fprintf(stderr, "top: /proc: %s\n", strerror(errno));
        return 1;
    }
    int previous_mode = -1;
    if (!batch) {
        previous_mode = wasmos_console_mode(WASMOS_CONSOLE_RAW);
        printf("\033[?25l\033[H\033[2J"); /* hide the cursor, clear the screen */
    }
    int status = 0;
    enum wait_outcome outcome = wait_for_key(FIRST_INTERVAL_MS);
    for (long refresh = 0; outcome != WAIT_QUIT; refresh++) {
        struct sample current;
        if (take_sample(&current) < 0) {
            fprintf(stderr, "top: /proc: %s\n", strerror(errno));
            status = 1;
            break;
        }
        compute_cpu_shares(&current, &previous);
        draw(&current);
        free(previous.processes);
        previous = current;
        /* Nobody reads the output any more. */
        if (ferror(stdout))
            break;
        if (iterations > 0 && refresh + 1 >= iterations)
            break;
        outcome = wait_for_key(delay_ms);
    }
    free(previous.processes);
    if (!batch) {
        printf("\033[?25h\n"); /* show the cursor, leave the table above */
        fflush(stdout);
        if (previous_mode >= 0)
            wasmos_console_mode(previous_mode);
    }
    return status;
}
