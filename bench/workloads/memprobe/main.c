/* memprobe: how much kernel heap one more small process costs.  It reads
 * HeapUsed from /proc/meminfo, runs a copy of itself that does the same, and
 * prints both and the difference (the cost of the child: a small C app). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

static long meminfo_field(const char *name) {
    FILE *meminfo = fopen("/proc/meminfo", "r");
    if (!meminfo)
        return -1;
    char line[128];
    long value = -1;
    size_t length = strlen(name);
    while (fgets(line, sizeof line, meminfo)) {
        if (strncmp(line, name, length) == 0)
            value = strtol(line + length, NULL, 10);
    }
    fclose(meminfo);
    return value;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--child") == 0) {
        printf("%ld\n", meminfo_field("HeapUsed:"));
        return 0;
    }
    long parent = meminfo_field("HeapUsed:");
    printf("memprobe: heap used with this process: %ld bytes\n", parent);
    fflush(stdout);
    printf("memprobe: heap used with one more: ");
    fflush(stdout);
    /* The same program, wherever it was started from (/bench/memprobe.wasm). */
    char command[256];
    int length = snprintf(command, sizeof command, "%s --child", argv[0]);
    if (length < 0 || (size_t)length >= sizeof command)
        return 1;
    int status = wasmos_runapp(command, (uint32_t)length);
    if (status != 0)
        return 1;
    return 0;
}
