/* stdio over fd_write: 100 numbered lines through a full buffer, one long
 * line of 5000 characters, a line on stderr. */
#include "check.h"

int main(void) {
    start("c-stdio-buffered");
    static char buffer[1024];
    CHECK(setvbuf(stdout, buffer, _IOFBF, sizeof buffer) == 0);
    long sum = 0;
    for (int line = 1; line <= 100; line++) {
        printf("line %03d of 100\n", line);
        sum += line;
    }
    for (int index = 0; index < 5000; index++)
        putchar('a' + index % 26);
    putchar('\n');
    fprintf(stderr, "c-stdio-buffered: standard error is unbuffered\n");
    printf("sum %ld\n", sum);
    CHECK(fflush(stdout) == 0);
    return ok();
}
