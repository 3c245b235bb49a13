/* clear: clears the terminal, sending VT100's "cursor home" and "erase to
 * the end of the screen" (what `TERM=vt100 clear` sends). WasmOS's console
 * keeps no scrollback, so -x (keep the scrollback) changes nothing. */
#include <stdio.h>
#include <string.h>

static void usage(FILE *stream) {
    fprintf(stream, "Usage: clear [options]\n"
                    "\n"
                    "Options:\n"
                    "  -x          do not try to clear scrollback\n");
}

int main(int argc, char **argv) {
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (argument[0] != '-' || !argument[1]) {
            usage(stderr);
            return 1;
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            if (*flag != 'x') {
                fprintf(stderr, "clear: invalid option -- '%c'\n", *flag);
                usage(stderr);
                return 1;
            }
        }
    }
    fputs("\033[H\033[J", stdout);
    return 0;
}
