/* soak: launches a command many times and checks that the kernel heap comes
 * back to where it was.  Usage: soak [count] [command line]   (default: 2000 true) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

/* The most the kernel heap may differ after all the launches. */
#define ALLOWANCE_BYTES 4096

static long heap_used(void) {
    FILE *meminfo = fopen("/proc/meminfo", "r");
    if (!meminfo)
        return -1;
    char line[128];
    long used = -1;
    while (fgets(line, sizeof line, meminfo)) {
        if (strncmp(line, "HeapUsed:", 9) == 0)
            used = strtol(line + 9, NULL, 10);
    }
    fclose(meminfo);
    return used;
}

int main(int argc, char **argv) {
    long count = argc > 1 ? strtol(argv[1], NULL, 10) : 2000;
    char command[512] = "true";
    if (argc > 2) {
        command[0] = '\0';
        for (int index = 2; index < argc; index++) {
            if (strlen(command) + strlen(argv[index]) + 2 >= sizeof command) {
                fprintf(stderr, "soak: command line too long\n");
                return 2;
            }
            if (index > 2)
                strcat(command, " ");
            strcat(command, argv[index]);
        }
    }
    if (count <= 0) {
        fprintf(stderr, "soak: the count must be positive\n");
        return 2;
    }
    /* One launch first, so that anything allocated once (caches) is counted in the baseline. */
    wasmos_runapp(command, (uint32_t)strlen(command));
    long before = heap_used();
    int64_t started = wasmos_timesinceboot();
    long failures = 0;
    for (long launch = 0; launch < count; launch++) {
        int status = wasmos_runapp(command, (uint32_t)strlen(command));
        if (status != 0)
            failures++;
    }
    int64_t elapsed = wasmos_timesinceboot() - started;
    long after = heap_used();
    long difference = after - before;
    printf("soak: %ld launches of '%s' in %lld ms (%lld us each), %ld failed\n", count, command,
           (long long)(elapsed / 1000000), (long long)(elapsed / 1000 / count), failures);
    printf("soak: kernel heap used before %ld bytes, after %ld bytes, difference %ld (allowance %d)\n", before,
           after, difference, ALLOWANCE_BYTES);
    if (before < 0 || after < 0) {
        fprintf(stderr, "soak: /proc/meminfo is unreadable\n");
        return 1;
    }
    return (failures == 0 && labs(difference) <= ALLOWANCE_BYTES) ? 0 : 1;
}
