/* start.c: the program entry point _start: constructors, argv, main, exit. */
#include <stdlib.h>
#include <wasmos.h>

/* Synthesized by wasm-ld: runs C++ static constructors and
 * __attribute__((constructor)) functions. */
extern void __wasm_call_ctors(void);

/* clang names a wasm32 `int main(int, char **)` __main_argc_argv and gives
 * `int main(void)` the alias __main_void. Exactly one of them is defined by the
 * app; the weak references let either link (an absent one has address 0). */
extern int __main_argc_argv(int argc, char **argv) __attribute__((weak));
extern int __main_void(void) __attribute__((weak));

/* Builds a NULL-terminated argument vector in malloc'd memory. */
static char **collect_arguments(int *count_out) {
    int count = wasmos_arg_count();
    if (count < 0)
        count = 0;
    char **argv = calloc((size_t)count + 1, sizeof(char *));
    if (!argv)
        abort();
    for (int index = 0; index < count; index++) {
        int length = wasmos_arg_get(index, NULL, 0);
        if (length < 0)
            length = 0;
        char *argument = malloc((size_t)length + 1);
        if (!argument)
            abort();
        if (length > 0)
            wasmos_arg_get(index, argument, (unsigned)length);
        argument[length] = '\0';
        argv[index] = argument;
    }
    *count_out = count;
    return argv;
}

__attribute__((export_name("_start"))) void _start(void) {
    __wasm_call_ctors();
    int status;
    if (__main_argc_argv) {
        int argc;
        char **argv = collect_arguments(&argc);
        status = __main_argc_argv(argc, argv);
    } else if (__main_void) {
        status = __main_void();
    } else {
        status = 0;
    }
    exit(status);
}
