/* sleep-write: sleeps, then writes a line to a file, for the test of many
 * background jobs at once.  Usage: sleep-write MILLISECONDS PATH TEXT */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: sleep-write MILLISECONDS PATH TEXT\n");
        return 2;
    }
    long milliseconds = strtol(argv[1], NULL, 10);
    struct timespec pause = {milliseconds / 1000, (milliseconds % 1000) * 1000000L};
    if (milliseconds < 0 || nanosleep(&pause, NULL) != 0) {
        fprintf(stderr, "sleep-write: cannot sleep %s ms\n", argv[1]);
        return 1;
    }
    FILE *file = fopen(argv[2], "w");
    if (!file) {
        fprintf(stderr, "sleep-write: %s: %s\n", argv[2], strerror(errno));
        return 1;
    }
    fprintf(file, "%s\n", argv[3]);
    return fclose(file) == 0 ? 0 : 1;
}
