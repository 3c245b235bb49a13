/* uptime: how long the system has been running, from /proc/uptime, in
 * procps's forms: " 12:34:56 up 1 day,  2:03,  1 user" by default (WasmOS
 * keeps no load average, so that part is left out; its one user is the
 * console), -p "up 1 day, 2 hours, 3 minutes", -s the time it came up,
 * "2024-01-01 12:00:00". */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wasmos/process_info.h>

static void usage(FILE *stream) {
    fprintf(stream, "\nUsage:\n"
                    " uptime [options]\n"
                    "\nOptions:\n"
                    " -p, --pretty   show uptime in pretty format\n"
                    " -h, --help     display this help and exit\n"
                    " -s, --since    system up since\n");
}

/* Seconds since boot from /proc/uptime ("SECONDS.HUNDREDTHS"); -1 on error. */
static long long read_uptime(void) {
    char text[64];
    if (wasmos_read_small_file("/proc/uptime", text, sizeof text) < 0) {
        fprintf(stderr, "uptime: /proc/uptime: %s\n", strerror(errno));
        return -1;
    }
    long long seconds;
    if (sscanf(text, "%lld", &seconds) != 1) {
        fprintf(stderr, "uptime: /proc/uptime: unexpected contents\n");
        return -1;
    }
    return seconds;
}

/* Appends "N unit(s)" to the pretty form when N is not zero. */
static void pretty_part(long long count, const char *unit, int *parts) {
    if (count == 0)
        return;
    printf("%s%lld %s%s", *parts ? ", " : "", count, unit, count > 1 ? "s" : "");
    ++*parts;
}

/* procps's -p: decades, years (365 days), weeks (modulo 52), days, hours,
 * minutes; "0 minutes" in the first minute. */
static void print_pretty(long long seconds) {
    int parts = 0;
    printf("up ");
    pretty_part(seconds / (60LL * 60 * 24 * 365 * 10), "decade", &parts);
    pretty_part(seconds / (60LL * 60 * 24 * 365) % 10, "year", &parts);
    pretty_part(seconds / (60LL * 60 * 24 * 7) % 52, "week", &parts);
    pretty_part(seconds / (60LL * 60 * 24) % 7, "day", &parts);
    pretty_part(seconds / (60 * 60) % 24, "hour", &parts);
    long long minutes = seconds / 60 % 60;
    if (minutes || seconds < 60)
        printf("%s%lld minute%s", parts ? ", " : "", minutes, minutes != 1 ? "s" : "");
    putchar('\n');
}

static void print_default(long long seconds, time_t now) {
    struct tm clock;
    gmtime_r(&now, &clock);
    printf(" %02d:%02d:%02d up ", clock.tm_hour, clock.tm_min, clock.tm_sec);
    long long days = seconds / 86400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60;
    if (days)
        printf("%lld day%s, ", days, days > 1 ? "s" : "");
    if (hours)
        printf("%2lld:%02lld, ", hours, minutes);
    else
        printf("%lld min, ", minutes);
    printf("%2d user\n", 1);
}

int main(int argc, char **argv) {
    int pretty = 0, since = 0;
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--help") == 0 || strcmp(argument, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argument, "--pretty") == 0) {
            pretty = 1;
        } else if (strcmp(argument, "--since") == 0) {
            since = 1;
        } else if (argument[0] == '-' && argument[1] && argument[1] != '-') {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (*flag == 'p') {
                    pretty = 1;
                } else if (*flag == 's') {
                    since = 1;
                } else if (*flag == 'h') {
                    usage(stdout);
                    return 0;
                } else {
                    fprintf(stderr, "uptime: invalid option -- '%c'\n", *flag);
                    usage(stderr);
                    return 1;
                }
            }
        } else {
            if (argument[0] == '-')
                fprintf(stderr, "uptime: unrecognized option '%s'\n", argument);
            usage(stderr);
            return 1;
        }
    }
    long long seconds = read_uptime();
    if (seconds < 0)
        return 1;
    time_t now = time(NULL);
    if (since) {
        time_t boot = now - (time_t)seconds;
        struct tm clock;
        gmtime_r(&boot, &clock);
        char text[32];
        strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &clock);
        printf("%s\n", text);
    } else if (pretty) {
        print_pretty(seconds);
    } else {
        print_default(seconds, now);
    }
    return 0;
}
