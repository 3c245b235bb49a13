/* wasmos_lua.h: forced into every Lua source file (-include, see Cargo.toml).
 * It changes no Lua file: it defines the hooks luaconf.h and ldo.c leave open.
 *
 * Error recovery. Lua raises errors with longjmp by default, which WebAssembly
 * cannot do. ldo.c uses LUAI_TRY/LUAI_THROW only if they are not defined yet:
 *   luaD_rawrunprotected: LUAI_TRY(L, &lj, (*f)(L, ud););
 *   luaD_throw:           L->errorJmp->status = errcode; LUAI_THROW(L, L->errorJmp);
 * So LUAI_TRY runs f(L, ud) under wasmos_try() (the kernel's call_protected)
 * and LUAI_THROW is wasmos_throw(): the status travels in the lua_longjmp
 * record, as with longjmp. LUAI_TRY names `f` and `ud`, the parameters of
 * luaD_rawrunprotected, because a Wasm function cannot capture the statement
 * `a` it is given; a Lua version that renames them fails to compile rather
 * than misbehave. */
#ifndef WASMOS_LUA_H
#define WASMOS_LUA_H

#include <wasmos/try.h>

struct lua_State;

/* What luaD_rawrunprotected asks to run, carried through wasmos_try. */
struct wasmos_lua_protected_call {
    void (*function)(struct lua_State *state, void *user_data);
    struct lua_State *state;
    void *user_data;
};

static inline void wasmos_lua_run_protected(void *context) {
    struct wasmos_lua_protected_call *call = (struct wasmos_lua_protected_call *)context;
    call->function(call->state, call->user_data);
}

/* A throw always reaches the innermost wasmos_try, which belongs to the
 * innermost luaD_rawrunprotected: the one whose record luaD_throw filled.
 * A negative result means the kernel refused to nest deeper and f never
 * ran; that is reported as LUA_ERRMEM, whose message needs no allocation. */
#define luai_jmpbuf int /* unused: wasmos_try keeps no buffer */
#define LUAI_THROW(L, c) wasmos_throw(1)
#define LUAI_TRY(L, c, a)                                                    \
    do {                                                                     \
        struct wasmos_lua_protected_call wasmos_call_ = {f, (L), ud};        \
        int wasmos_code_ = wasmos_try(wasmos_lua_run_protected, &wasmos_call_); \
        if (wasmos_code_ < 0)                                                \
            (c)->status = LUA_ERRMEM;                                        \
        else if (wasmos_code_ > 0 && (c)->status == 0)                       \
            (c)->status = -1;                                                \
    } while (0)

/* How deeply C calls may nest (pcall inside pcall, metamethods, sort
 * comparators, the parser's recursion): a variable, not Lua's constant 200,
 * because each level takes a dozen or so Wasm frames and the kernel's
 * call-depth limit (at least the 4096 frames main.c asks for, more under a
 * raised `ulimit`) is known only at run time. main.c sets it from that
 * limit: stock Lua's 200 whenever the limit allows it. */
extern unsigned int wasmos_lua_c_call_limit;
#define LUAI_MAXCCALLS wasmos_lua_c_call_limit

#endif
