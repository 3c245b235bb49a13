/* setjmp.h: declared so that programs compile, but longjmp cannot work.
 *
 * WebAssembly has no way to return into a frame that is still on its stack
 * (that needs the exception-handling proposal or an asyncify rewrite, which
 * WasmOS's interpreter does not have). So setjmp() only ever returns 0, and
 * longjmp() prints "longjmp is not supported on WasmOS" on stderr and aborts
 * (exit status 134). A program that uses longjmp for errors ports by
 * replacing the pair with wasmos_try()/wasmos_throw() from <wasmos/try.h>;
 * docs/PORTING.md shows how. */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    unsigned long __unused[8];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

/* Returns 0; there is never a second return. */
int setjmp(jmp_buf environment);
/* Aborts the process with a message; never returns. */
__attribute__((noreturn)) void longjmp(jmp_buf environment, int value);

#define setjmp setjmp
#define _setjmp setjmp
#define _longjmp longjmp
#define sigsetjmp(environment, save_signals) setjmp(environment)
#define siglongjmp longjmp

#ifdef __cplusplus
}
#endif

#endif
