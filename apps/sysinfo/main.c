/* sysinfo: the system's clocks and memory: time since boot, this process's
 * CPU time, the date and time (UTC), the kernel heap from /proc/meminfo and
 * the uptime from /proc/uptime. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wasmos.h>

#define NANOSECONDS_PER_SECOND 1000000000LL

/* Prints a byte count with a readable unit next to it. */
static void print_bytes(const char *label, unsigned long long bytes) {
    const char *units[] = {"bytes", "KiB", "MiB", "GiB"};
    double value = (double)bytes;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        unit++;
    }
    if (unit == 0)
        printf("  %-22s %llu bytes\n", label, bytes);
    else
        printf("  %-22s %llu bytes (%.1f %s)\n", label, bytes, value, units[unit]);
}

/* Prints a duration in nanoseconds as days, hours, minutes and seconds. */
static void print_duration(const char *label, int64_t nanoseconds) {
    int64_t seconds = nanoseconds / NANOSECONDS_PER_SECOND;
    int milliseconds = (int)(nanoseconds / 1000000 % 1000);
    printf("  %-22s %lld d %02lld:%02lld:%02lld.%03d (%lld ns)\n", label, (long long)(seconds / 86400),
           (long long)(seconds / 3600 % 24), (long long)(seconds / 60 % 60), (long long)(seconds % 60),
           milliseconds, (long long)nanoseconds);
}

/* Prints the "Name: N bytes" lines of /proc/meminfo; returns 0 on success. */
static int print_meminfo(void) {
    FILE *file = fopen("/proc/meminfo", "r");
    if (file == NULL) {
        perror("sysinfo: /proc/meminfo");
        return 1;
    }
    char line[128];
    unsigned long long total = 0, used = 0;
    while (fgets(line, sizeof line, file)) {
        char name[64];
        unsigned long long bytes;
        if (sscanf(line, "%63[^:]: %llu", name, &bytes) != 2)
            continue;
        if (strcmp(name, "HeapTotal") == 0)
            total = bytes;
        if (strcmp(name, "HeapUsed") == 0)
            used = bytes;
        char label[80];
        snprintf(label, sizeof label, "%s:", name);
        print_bytes(label, bytes);
    }
    fclose(file);
    if (total > 0)
        printf("  %-22s %.1f %%\n", "heap in use:", 100.0 * (double)used / (double)total);
    return 0;
}

/* Prints /proc/uptime (seconds since boot); returns 0 on success. */
static int print_uptime_file(void) {
    FILE *file = fopen("/proc/uptime", "r");
    if (file == NULL) {
        perror("sysinfo: /proc/uptime");
        return 1;
    }
    double seconds = 0;
    int fields = fscanf(file, "%lf", &seconds);
    fclose(file);
    if (fields != 1) {
        fprintf(stderr, "sysinfo: /proc/uptime: unexpected contents\n");
        return 1;
    }
    printf("  %-22s %.2f s\n", "/proc/uptime:", seconds);
    return 0;
}

int main(void) {
    int failures = 0;
    printf("WasmOS system information\n\n");

    printf("Clocks\n");
    print_duration("time since boot:", wasmos_timesinceboot());
    failures += print_uptime_file();
    print_duration("CPU time of sysinfo:", wasmos_cputime());

    time_t now = time(NULL);
    struct tm calendar;
    char date[64];
    if (gmtime_r(&now, &calendar) && strftime(date, sizeof date, "%A %Y-%m-%d %H:%M:%S UTC", &calendar) > 0) {
        printf("  %-22s %s\n", "date and time:", date);
    } else {
        printf("  %-22s unknown\n", "date and time:");
        failures++;
    }
    printf("  %-22s %lld\n", "seconds since 1970:", (long long)now);

    printf("\nMemory\n");
    failures += print_meminfo();
    print_bytes("this app's memory:", (unsigned long long)__builtin_wasm_memory_size(0) * 65536ULL);

    return failures == 0 ? 0 : 1;
}
