/* setjmp.c: setjmp returns 0 once; longjmp reports that it cannot work and
 * aborts (see include/setjmp.h and docs/PORTING.md). */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#undef setjmp

int setjmp(jmp_buf environment) {
    (void)environment;
    return 0;
}

void longjmp(jmp_buf environment, int value) {
    (void)environment;
    (void)value;
    fputs("longjmp is not supported on WasmOS: use wasmos_try/wasmos_throw "
          "from <wasmos/try.h> (docs/PORTING.md)\n",
          stderr);
    abort();
}
