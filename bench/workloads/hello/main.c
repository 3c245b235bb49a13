/* hello: benchmark workload for launch time, the smallest C program. */
#include <stdio.h>

int main(void) {
    puts("hello");
    return 0;
}
