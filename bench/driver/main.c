/* driver: the benchmark driver, /bench/driver.wasm in the image.  Runs each
 * workload (bench/workloads/<name>, installed as /bench/<name>.wasm) several
 * times with runapp, timing every run with the monotonic clock, and prints
 * one line per workload for `cargo xtask bench` to parse:
 *
 *   BENCH <name> runs=<N> median_ns=<ns> min_ns=<ns> max_ns=<ns> status=<exit status>
 *   ...
 *   BENCH-END
 *
 * Usage: driver [--runs N] [--launch-runs N] [--quick] [--serve] [workload...]
 * (options first).  A workload is a name from the table below or any command
 * line (quoted as one argument, named after it with spaces turned into '_').
 * With none given, every workload in the table marked as part of the default
 * set runs.  Workloads run `--runs` times (default 3), launch tests
 * `--launch-runs` times (default 20).  `--quick` runs each workload at its
 * small size, for a quick look.  status is the first non-zero exit status (a
 * negative errno if the launch itself failed), after which that workload
 * stops; runs= counts the runs made.
 *
 * With `--serve` the driver prints `BENCH-SERVING` and then reads requests
 * from standard input, one a line, each a list of workload names, and answers
 * each with its BENCH lines and `BENCH-END`, until an empty line or the end
 * of input.  So `cargo xtask bench` keeps WasmOS and the Linux guest booted
 * side by side and runs one workload run on each in turn. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#define DEFAULT_RUNS 3
#define DEFAULT_LAUNCH_RUNS 20
#define MAX_RUNS 1000
#define MAX_NAME 64
#define MAX_REQUEST 512

struct workload {
    const char *name;
    const char *command;
    /* The same workload at a size that takes a fraction of a second. */
    const char *quick_command;
    /* A launch test measures starting a program, so it runs more times. */
    int is_launch_test;
    /* Whether it runs when no workload is named (not the ones that flood the console). */
    int in_default_set;
};

static const struct workload workloads[] = {
    {"fib", "/bench/fib.wasm", "/bench/fib.wasm 27", 0, 1},
    {"coremark", "/bench/coremark.wasm", "/bench/coremark.wasm 40", 0, 1},
    {"sha256", "/bench/sha256.wasm", "/bench/sha256.wasm 128", 0, 1},
    {"sort", "/bench/sort.wasm", "/bench/sort.wasm 32768", 0, 1},
    {"nbody", "/bench/nbody.wasm", "/bench/nbody.wasm 4000", 0, 1},
    {"malloc", "/bench/malloc.wasm", "/bench/malloc.wasm 20000", 0, 1},
    {"syscall", "/bench/syscall.wasm", "/bench/syscall.wasm 200000", 0, 1},
    {"pipe", "/bench/pipe.wasm", "/bench/pipe.wasm 1", 0, 1},
    {"pingpong", "/bench/pingpong.wasm", "/bench/pingpong.wasm 2000", 0, 1},
    {"msgcall", "/bench/msgcall.wasm", "/bench/msgcall.wasm 2000", 0, 1},
    {"spawn", "/bench/spawn.wasm", "/bench/spawn.wasm 20", 0, 1},
    {"console-null", "/bench/console.wasm /dev/null", "/bench/console.wasm /dev/null 262144", 0, 1},
    {"console-serial", "/bench/console.wasm /dev/serial0", "/bench/console.wasm /dev/serial0 262144", 0, 0},
    {"console-console", "/bench/console.wasm /dev/console", "/bench/console.wasm /dev/console 262144", 0, 0},
    {"launch-hello", "/bench/hello.wasm", "/bench/hello.wasm", 1, 1},
    {"launch-big", "/bench/big.wasm", "/bench/big.wasm", 1, 1},
};
#define WORKLOAD_COUNT (sizeof workloads / sizeof workloads[0])

/* How the named workloads run. */
struct settings {
    int runs;
    int launch_runs;
    int quick;
};

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

/* Measures one workload of the table with `settings`; returns its status. */
static int measure_workload(const struct workload *workload, const struct settings *settings) {
    return measure(workload->name, settings->quick ? workload->quick_command : workload->command,
                   workload->is_launch_test ? settings->launch_runs : settings->runs);
}

/* Measures the workload or command line `argument`; returns its status. */
static int measure_argument(const char *argument, const struct settings *settings) {
    const struct workload *workload = find_workload(argument);
    if (workload)
        return measure_workload(workload, settings);
    char name[MAX_NAME];
    snprintf(name, sizeof name, "%s", argument);
    for (char *cursor = name; *cursor; cursor++)
        if (*cursor == ' ' || *cursor == '\t')
            *cursor = '_';
    return measure(name, argument, settings->runs);
}

/* Answers requests from standard input until an empty line or its end; returns the failures. */
static int serve(const struct settings *settings) {
    char request[MAX_REQUEST];
    int failures = 0;
    printf("BENCH-SERVING\n");
    fflush(stdout);
    while (fgets(request, sizeof request, stdin)) {
        int names = 0;
        for (char *name = strtok(request, " \t\r\n"); name; name = strtok(NULL, " \t\r\n")) {
            names++;
            const struct workload *workload = find_workload(name);
            if (!workload) {
                printf("BENCH %s runs=0 median_ns=0 min_ns=0 max_ns=0 status=-2\n", name);
                failures++;
            } else if (measure_workload(workload, settings) != 0) {
                failures++;
            }
        }
        printf("BENCH-END\n");
        fflush(stdout);
        if (names == 0)
            break;
    }
    return failures;
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
    fprintf(stderr, "usage: driver [--runs N] [--launch-runs N] [--quick] [--serve] [workload...]\nworkloads:");
    for (size_t index = 0; index < WORKLOAD_COUNT; index++)
        fprintf(stderr, " %s", workloads[index].name);
    fprintf(stderr, ", or any command line\n");
}

int main(int argc, char **argv) {
    struct settings settings = {DEFAULT_RUNS, DEFAULT_LAUNCH_RUNS, 0};
    int serving = 0;
    int first_workload = 1;
    while (first_workload < argc && argv[first_workload][0] == '-') {
        const char *option = argv[first_workload];
        if (strcmp(option, "--quick") == 0) {
            settings.quick = 1;
            first_workload++;
            continue;
        }
        if (strcmp(option, "--serve") == 0) {
            serving = 1;
            first_workload++;
            continue;
        }
        if (strcmp(option, "--runs") == 0 && first_workload + 1 < argc) {
            if (parse_runs(argv[first_workload + 1], &settings.runs) < 0)
                return 2;
        } else if (strcmp(option, "--launch-runs") == 0 && first_workload + 1 < argc) {
            if (parse_runs(argv[first_workload + 1], &settings.launch_runs) < 0)
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
    if (serving) {
        if (first_workload != argc) {
            usage();
            return 2;
        }
        return serve(&settings) ? 1 : 0;
    }
    int failures = 0;
    if (first_workload == argc) {
        for (size_t index = 0; index < WORKLOAD_COUNT; index++)
            if (workloads[index].in_default_set && measure_workload(&workloads[index], &settings) != 0)
                failures++;
    }
    for (int argument = first_workload; argument < argc; argument++)
        if (measure_argument(argv[argument], &settings) != 0)
            failures++;
    printf("BENCH-END\n");
    return failures ? 1 : 0;
}
