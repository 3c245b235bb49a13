/* wasmos/try.h: error recovery without longjmp.
 *
 * WebAssembly cannot jump back into a frame that is still on its stack, so
 * setjmp/longjmp cannot work. Instead, wasmos_try() runs a function under the
 * kernel's call_protected (docs/ABI.md), and wasmos_throw() anywhere inside
 * it unwinds every Wasm frame in between and makes wasmos_try() return the
 * code. The C shadow stack is restored; nothing else is: memory malloc'd
 * inside the body, open files and locks stay as they were, C++ destructors
 * and __attribute__((cleanup)) do not run. See docs/PORTING.md. */
#ifndef _WASMOS_TRY_H
#define _WASMOS_TRY_H

/* Declares wasmos_throw(code), the kernel's `throw`: it unwinds to the
 * innermost active wasmos_try(), which returns `code` (use positive codes; 0
 * arrives as 1). Without an active wasmos_try() the process ends as a trap
 * (exit status 134). It does not return. */
#include <wasmos.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Calls body(context). Returns 0 when it returns normally, or the code given
 * to the wasmos_throw() that ended it (a positive number: a code of 0 becomes
 * 1). Returns a negative errno without calling body when the kernel refuses:
 * -EAGAIN when more than 200 wasmos_try calls are nested, -ENOSYS on a kernel
 * without call_protected. Traps and exit() are not caught. */
int wasmos_try(void (*body)(void *context), void *context);

#ifdef __cplusplus
}
#endif

#endif
