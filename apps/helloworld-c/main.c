/* helloworld-c: the smallest C app. */
#include <stdio.h>

int main(void) {
    puts("Hello, world from C!");
    return 0;
}
