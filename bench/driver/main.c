/* driver: the benchmark driver, /bench/driver.wasm in the image.  Runs each
 * workload (bench/workloads/<name>, installed as /bench/<name>.wasm) several
 * times with runapp, timing every run with the monotonic clock, and prints
 * one line per workload for `cargo xtask bench` to parse:
 *
 *   BENCH <name> runs=<N> median_ns=<ns> min_ns=<ns> max_ns=<ns> status=<exit status>
 *   ...
 *   BENCH-END
 *
 * Usage: driver [--runs N] [--launch-runs N] [workload...]   (options first)
 * A workload is a name from the table below or any command line (quoted as
 * one argument, named after it with spaces turned into '_').  With none given,
 * every workload in the table runs.  Workloads run `--runs` times (default 3),
 * launch tests `--launch-runs` times (default 20).  status is the first
 * non-zero exit status (a negative errno if the launch itself failed), after
 * which that workload stops; runs= counts the runs made. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#define DEFAULT_RUNS 3
#define DEFAULT_LAUNCH_RUNS 20
#define MAX_RUNS 1000
#define MAX_NAME 64

struct workload {
    const char *name;
    const char *command;
    /* A launch test measures starting a program, so it runs more times. */
    int is_launch_test;
};

static const struct workload workloads[] = {
    {"fib", "/bench/fib.wasm", 0},
    {"coremark", "/bench/coremark.wasm", 0},
    {"sha256", "/bench/sha256.wasm", 0},
    {"sort", "/bench/sort.wasm", 0},
    {"nbody", "/bench/nbody.wasm", 0},
    {"malloc", "/bench/malloc.wasm", 0},
    {"syscall", "/bench/syscall.wasm", 0},
    {"console-null", "/bench/console.wasm /dev/null", 0},
    {"launch-hello", "/bench/hello.wasm", 1},
    {"launch-big", "/bench/big.wasm", 1},
};
#define WORKLOAD_COUNT (sizeof workloads / sizeof workloads[0])

static int compare_times(const void *left, const void *right) {
    int64_t a = *(const int64_t *)left, b = *(const int64_t *)right;
    return (a > b) - (a < b);
}

/* Runs `command` up to `runs` times and prints its BENCH line; returns its status. */
static int measure(const char *name, const char *command, int runs) {
    static int64_t times[MAX_RUNS];
    int completed = 0, status = 0;
    while (completed < runs) {
        int64_t started = wasmos_timesinceboot();
        status = wasmos_runapp(command, (uint32_t)strlen(command));
        times[completed++] = wasmos_timesinceboot() - started;
        if (status != 0)
            break;
    }
    qsort(times, (size_t)completed, sizeof times[0], compare_times);
    int64_t median = completed % 2 ? times[completed / 2] : (times[completed / 2 - 1] + times[completed / 2]) / 2;
    printf("BENCH %s runs=%d median_ns=%lld min_ns=%lld max_ns=%lld status=%d\n", name, completed,
           (long long)median, (long long)times[0], (long long)times[completed - 1], status);
    fflush(stdout);
    return status;
}

static const struct workload *find_workload(const char *name) {
    for (size_t index = 0; index < WORKLOAD_COUNT; index++)
        if (strcmp(workloads[index].name, name) == 0)
            return &workloads[index];
    return NULL;
}

static int parse_runs(const char *text, int *runs) {
    char *end;
    long value = strtol(text, &end, 10);
    if (*end || end == text || value < 1 || value > MAX_RUNS) {
        fprintf(stderr, "driver: %s: the number of runs must be 1 to %d\n", text, MAX_RUNS);
        return -1;
    }
    *runs = (int)value;
    return 0;
}

static void usage(void) {
    fprintf(stderr, "usage: driver [--runs N] [--launch-runs N] [workload...]\nworkloads:");
    for (size_t index = 0; index < WORKLOAD_COUNT; index++)
        fprintf(stderr, " %s", workloads[index].name);
    fprintf(stderr, ", or any command line\n");
}

int main(int argc, char **argv) {
    int runs = DEFAULT_RUNS, launch_runs = DEFAULT_LAUNCH_RUNS;
    int first_workload = 1;
    while (first_workload < argc && argv[first_workload][0] == '-') {
        const char *option = argv[first_workload];
        if (strcmp(option, "--runs") == 0 && first_workload + 1 < argc) {
            if (parse_runs(argv[first_workload + 1], &runs) < 0)
                return 2;
        } else if (strcmp(option, "--launch-runs") == 0 && first_workload + 1 < argc) {
            if (parse_runs(argv[first_workload + 1], &launch_runs) < 0)
                return 2;
        } else {
            usage();
            return 2;
        }
        first_workload += 2;
    }
    for (int argument = first_workload; argument < argc; argument++) {
        if (argv[argument][0] == '-') {
            usage();
            return 2;
        }
    }
    int failures = 0;
    if (first_workload == argc) {
        for (size_t index = 0; index < WORKLOAD_COUNT; index++) {
            const struct workload *workload = &workloads[index];
            if (measure(workload->name, workload->command, workload->is_launch_test ? launch_runs : runs) != 0)
                failures++;
        }
    }
    for (int argument = first_workload; argument < argc; argument++) {
        const struct workload *workload = find_workload(argv[argument]);
        int status;
        if (workload) {
            status = measure(workload->name, workload->command, workload->is_launch_test ? launch_runs : runs);
        } else {
            char name[MAX_NAME];
            snprintf(name, sizeof name, "%s", argv[argument]);
            for (char *cursor = name; *cursor; cursor++)
                if (*cursor == ' ' || *cursor == '\t')
                    *cursor = '_';
            status = measure(name, argv[argument], runs);
        }
        if (status != 0)
            failures++;
    }
    printf("BENCH-END\n");
    return failures ? 1 : 0;
}
