/* try.c: wasmos_try over the kernel's call_protected (wasmos_throw is the
 * kernel's throw itself), and the __wasmos_invoke export through which the
 * kernel calls back. */
#include <stdint.h>
#include <wasmos.h>
#include <wasmos/try.h>

/* The kernel's call_protected(function, argument) calls this export, which
 * calls `function` through the function table. */
__attribute__((export_name("__wasmos_invoke"))) void __wasmos_invoke(int function, int argument) {
    void (*body)(void *) = (void (*)(void *))(uintptr_t)(uint32_t)function;
    body((void *)(uintptr_t)(uint32_t)argument);
}

/* The C shadow stack pointer: the linker-defined global __stack_pointer,
 * which a throw leaves wherever the unwound frames had moved it. */
static inline void *shadow_stack_pointer(void) {
    void *pointer;
    __asm__ volatile(".globaltype __stack_pointer, i32\n\t"
                     "global.get __stack_pointer\n\t"
                     "local.set %0"
                     : "=r"(pointer));
    return pointer;
}

static inline void set_shadow_stack_pointer(void *pointer) {
    __asm__ volatile(".globaltype __stack_pointer, i32\n\t"
                     "local.get %0\n\t"
                     "global.set __stack_pointer"
                     :
                     : "r"(pointer));
}

int wasmos_try(void (*body)(void *context), void *context) {
    void *saved = shadow_stack_pointer();
    int code = wasmos_call_protected((int32_t)(uintptr_t)body, (int32_t)(uintptr_t)context);
    if (code != 0)
        set_shadow_stack_pointer(saved);
    return code;
}
