/* exit.c: atexit/__cxa_atexit handlers, exit, _Exit and abort. */
#include <stdio.h>
#include <stdlib.h>
#include <wasmos.h>

#include "../internal.h"

/* The identity of the main program for __cxa_atexit; WasmOS has no shared objects. */
void *__dso_handle = &__dso_handle;

struct exit_handler {
    void (*function)(void *);
    void *argument;
    int takes_argument;
};

enum { HANDLERS_PER_BLOCK = 32 };

struct handler_block {
    struct handler_block *previous;
    int used;
    struct exit_handler handlers[HANDLERS_PER_BLOCK];
};

static struct handler_block first_block;
static struct handler_block *current_block = &first_block;

static int register_handler(void (*function)(void *), void *argument, int takes_argument) {
    if (current_block->used == HANDLERS_PER_BLOCK) {
        struct handler_block *block = calloc(1, sizeof *block);
        if (!block)
            return -1;
        block->previous = current_block;
        current_block = block;
    }
    struct exit_handler *handler = &current_block->handlers[current_block->used++];
    handler->function = function;
    handler->argument = argument;
    handler->takes_argument = takes_argument;
    return 0;
}

int atexit(void (*function)(void)) {
    return register_handler((void (*)(void *))function, NULL, 0);
}

int __cxa_atexit(void (*function)(void *), void *argument, void *dso_handle) {
    (void)dso_handle;
    return register_handler(function, argument, 1);
}

void __wasmos_run_exit_handlers(void) {
    /* A handler may register more handlers; they run next, as the standard asks. */
    for (;;) {
        while (current_block->used == 0 && current_block->previous)
            current_block = current_block->previous;
        if (current_block->used == 0)
            return;
        struct exit_handler handler = current_block->handlers[--current_block->used];
        if (handler.takes_argument)
            handler.function(handler.argument);
        else
            ((void (*)(void))handler.function)();
    }
}

void exit(int status) {
    __wasmos_run_exit_handlers();
    __wasmos_stdio_flush_all();
    wasmos_exit(status);
}

void _Exit(int status) {
    wasmos_exit(status);
}

void _exit(int status) {
    wasmos_exit(status);
}

void abort(void) {
    /* The trap ends the process with status 134 and the kernel reports it. */
    __wasmos_stdio_flush_all();
    __builtin_trap();
}
