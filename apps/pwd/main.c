/* pwd: prints the working directory. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    char *directory = getcwd(NULL, 0);
    if (!directory) {
        fprintf(stderr, "pwd: %s\n", strerror(errno));
        return 1;
    }
    puts(directory);
    free(directory);
    return 0;
}
