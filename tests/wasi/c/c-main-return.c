/* Returning 3 from main ends the program with status 3. */
#include "check.h"

int main(void) {
    start("c-main-return");
    printf("returning 3 from main\n");
    return 3;
}
