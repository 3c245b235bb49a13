/* main.c: the `lua` command of WasmOS, our own stand-alone front end for the
 * Lua library (the crate's sources are compiled unchanged, see Cargo.toml).
 *
 *   lua script.lua [args]   runs a script; `arg` holds the arguments
 *   lua -e 'code'           runs a string
 *   lua -i script.lua       runs the script, then the interactive prompt
 *   lua -                   runs standard input as a script
 *   lua                     the interactive prompt (read-eval-print loop)
 *
 * An error is printed with a traceback; the prompt goes on after it, a script
 * ends with exit status 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>
#include <wasmos/call_depth.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

static const char *program_name = "lua";

/* LUAI_MAXCCALLS (wasmos_lua.h): how deeply C calls may nest. */
unsigned int wasmos_lua_c_call_limit = 200;

/* Wasm frames one level of nested C calls may take (a pcall inside a pcall,
 * the worst case measured, takes about 10), and frames left for the rest. */
#define FRAMES_PER_C_LEVEL 12
#define FRAMES_RESERVED 64
/* Stock Lua's limit. Lua goes 10% past it while it reports an overflow;
 * nested pcalls end in "C stack overflow" at about 198, just below the
 * kernel's 200 nested protected calls. */
#define MOST_C_LEVELS 200
#define FEWEST_C_LEVELS 20

/* Stock Lua's 200 levels take up to 200 x 12 + 64 = 2464 frames: the module
 * asks for more than the default 1024 (docs/ABI.md, Limits). */
WASMOS_CALL_DEPTH(4096);

/* Fits LUAI_MAXCCALLS to this process's call-depth limit (at least the
 * 4096 frames asked for above), so that deep nesting ends in Lua's
 * "C stack overflow" error rather than a trap. */
static void set_c_call_limit(void) {
    long long depth = wasmos_limit_get(WASMOS_LIMIT_CALL_DEPTH);
    if (depth <= 0)
        return;
    long long levels = (depth - FRAMES_RESERVED) / FRAMES_PER_C_LEVEL;
    if (levels > MOST_C_LEVELS)
        levels = MOST_C_LEVELS;
    if (levels < FEWEST_C_LEVELS)
        levels = FEWEST_C_LEVELS;
    wasmos_lua_c_call_limit = (unsigned int)levels;
}

static void print_usage(void) {
    fprintf(stderr,
            "usage: %s [options] [script [args]]\n"
            "  -e code  run the string 'code'\n"
            "  -i       enter the interactive prompt after running the script\n"
            "  -v       show the version\n"
            "  -        run standard input and stop handling options\n",
            program_name);
}

/* Prints an error message (a string, or the value's __tostring) on stderr. */
static void report(lua_State *state, int status) {
    if (status == LUA_OK)
        return;
    const char *message = lua_tostring(state, -1);
    if (message == NULL)
        message = luaL_tolstring(state, -1, NULL);
    if (program_name != NULL)
        fprintf(stderr, "%s: ", program_name);
    fprintf(stderr, "%s\n", message);
    fflush(stderr);
    lua_settop(state, 0);
}

/* The message handler of protected calls: adds a traceback to the message. */
static int add_traceback(lua_State *state) {
    const char *message = lua_tostring(state, 1);
    if (message == NULL) {
        if (luaL_callmeta(state, 1, "__tostring") && lua_type(state, -1) == LUA_TSTRING)
            return 1;
        message = lua_pushfstring(state, "(error object is a %s value)", luaL_typename(state, 1));
    }
    luaL_traceback(state, state, message, 1);
    return 1;
}

/* Calls the function below `arguments` arguments on the stack, with tracebacks. */
static int call_with_traceback(lua_State *state, int arguments, int results) {
    int base = lua_gettop(state) - arguments;
    lua_pushcfunction(state, add_traceback);
    lua_insert(state, base);
    int status = lua_pcall(state, arguments, results, base);
    lua_remove(state, base);
    return status;
}

static int run_chunk(lua_State *state, int status) {
    if (status == LUA_OK)
        status = call_with_traceback(state, 0, 0);
    report(state, status);
    return status;
}

static int run_string(lua_State *state, const char *code) {
    return run_chunk(state, luaL_loadbuffer(state, code, strlen(code), "=(command line)"));
}

/* Builds the global `arg`: the script at index 0, its arguments from 1, and
 * the interpreter and options before it at negative indices. */
static void create_arg_table(lua_State *state, char **argv, int argc, int script_index) {
    lua_createtable(state, argc - script_index, script_index + 1);
    for (int index = 0; index < argc; index++) {
        lua_pushstring(state, argv[index]);
        lua_rawseti(state, -2, index - script_index);
    }
    lua_setglobal(state, "arg");
}

/* Runs the script argv[script_index] (or standard input for "-") with the
 * words after it as arguments. */
static int run_script(lua_State *state, char **argv, int argc, int script_index) {
    const char *path = argv[script_index];
    if (strcmp(path, "-") == 0)
        path = NULL;
    int status = luaL_loadfile(state, path);
    if (status == LUA_OK) {
        int arguments = argc - script_index - 1;
        luaL_checkstack(state, arguments + 3, "too many arguments to script");
        for (int index = script_index + 1; index < argc; index++)
            lua_pushstring(state, argv[index]);
        status = call_with_traceback(state, arguments, LUA_MULTRET);
    }
    report(state, status);
    return status;
}

/* ---- the interactive prompt ---- */

/* Reads one line (without its newline) after printing the prompt; NULL at end of input. */
static char *read_line(const char *prompt) {
    static char *line = NULL;
    static size_t capacity = 0;
    fputs(prompt, stdout);
    fflush(stdout);
    ssize_t length = getline(&line, &capacity, stdin);
    if (length < 0)
        return NULL;
    if (length > 0 && line[length - 1] == '\n')
        line[--length] = '\0';
    return line;
}

/* The prompt, from the globals _PROMPT and _PROMPT2 when the user set them. */
static const char *prompt_text(lua_State *state, int continuation) {
    static char prompt[64];
    lua_getglobal(state, continuation ? "_PROMPT2" : "_PROMPT");
    const char *chosen = lua_tostring(state, -1);
    snprintf(prompt, sizeof prompt, "%s", chosen ? chosen : continuation ? ">> " : "> ");
    lua_pop(state, 1);
    return prompt;
}

/* Whether a syntax error only says that the input ended too soon. */
static int is_incomplete(lua_State *state, int status) {
    if (status != LUA_ERRSYNTAX)
        return 0;
    size_t length;
    const char *message = lua_tolstring(state, -1, &length);
    static const char end_mark[] = "<eof>";
    const size_t mark_length = sizeof end_mark - 1;
    return length >= mark_length && strcmp(message + length - mark_length, end_mark) == 0;
}

/* Compiles the input as an expression to print (`return <line>`); the
 * compiled function, or nothing on the stack when that fails. */
static int load_as_expression(lua_State *state, const char *line) {
    const char *code = lua_pushfstring(state, "return %s", line);
    int status = luaL_loadbuffer(state, code, strlen(code), "=stdin");
    lua_remove(state, -2); /* the code string */
    if (status != LUA_OK)
        lua_pop(state, 1);
    return status;
}

/* Compiles the input as statements, reading further lines while the input
 * is incomplete. Leaves the function or the error message; -1 at end of input. */
static int load_statements(lua_State *state, const char *first_line) {
    lua_pushstring(state, first_line);
    for (;;) {
        size_t length;
        const char *code = lua_tolstring(state, -1, &length);
        int status = luaL_loadbuffer(state, code, length, "=stdin");
        if (!is_incomplete(state, status)) {
            lua_remove(state, -2); /* the code */
            return status;
        }
        lua_pop(state, 1); /* the error message */
        const char *more = read_line(prompt_text(state, 1));
        if (more == NULL) {
            lua_pop(state, 1);
            return -1;
        }
        lua_pushliteral(state, "\n");
        lua_pushstring(state, more);
        lua_concat(state, 3);
    }
}

/* Prints the values left on the stack with the global `print`. */
static void print_results(lua_State *state) {
    int count = lua_gettop(state);
    if (count == 0)
        return;
    luaL_checkstack(state, LUA_MINSTACK, "too many results to print");
    lua_getglobal(state, "print");
    lua_insert(state, 1);
    if (lua_pcall(state, count, 0, 0) != LUA_OK)
        fprintf(stderr, "error calling 'print' (%s)\n", lua_tostring(state, -1));
    lua_settop(state, 0);
}

static void interactive(lua_State *state) {
    const char *saved_name = program_name;
    program_name = NULL; /* messages already start with "stdin:" */
    for (;;) {
        lua_settop(state, 0);
        const char *line = read_line(prompt_text(state, 0));
        if (line == NULL)
            break;
        if (line[0] == '=') /* Lua 5.2's `= expression` still works */
            line++;
        int status = load_as_expression(state, line);
        if (status != LUA_OK) {
            status = load_statements(state, line);
            if (status == -1)
                break;
        }
        if (status == LUA_OK)
            status = call_with_traceback(state, 0, LUA_MULTRET);
        if (status == LUA_OK)
            print_results(state);
        else
            report(state, status);
    }
    lua_settop(state, 0);
    fputs("\n", stdout);
    fflush(stdout);
    program_name = saved_name;
}

/* ---- start-up ---- */

/* Everything runs inside a protected call, so that even an out-of-memory
 * error while opening the libraries is reported, not fatal. */
struct start {
    int argc;
    char **argv;
    int exit_status;
};

static int protected_main(lua_State *state) {
    struct start *start = lua_touserdata(state, 1);
    int argc = start->argc;
    char **argv = start->argv;
    luaL_checkversion(state);
    luaL_openlibs(state);
    lua_gc(state, LUA_GCGEN, 0, 0); /* as the stock interpreter does */

    int interactive_after = 0;
    int ran_something = 0;
    int version_shown = 0;
    int index = 1;
    for (; index < argc && argv[index][0] == '-'; index++) {
        const char *option = argv[index];
        if (strcmp(option, "-") == 0)
            break;
        if (strcmp(option, "--") == 0) {
            index++;
            break;
        }
        if (strcmp(option, "-i") == 0 || strcmp(option, "-v") == 0) {
            if (option[1] == 'i')
                interactive_after = 1;
            else
                ran_something = 1;
            if (!version_shown)
                puts(LUA_COPYRIGHT);
            version_shown = 1;
        } else if (strcmp(option, "-e") == 0 && index + 1 < argc) {
            index++;
            create_arg_table(state, argv, argc, 0);
            if (run_string(state, argv[index]) != LUA_OK) {
                start->exit_status = 1;
                return 0;
            }
            ran_something = 1;
        } else {
            fprintf(stderr, "%s: unrecognized option '%s'\n", program_name, option);
            print_usage();
            start->exit_status = 1;
            return 0;
        }
    }
    if (index < argc) {
        create_arg_table(state, argv, argc, index);
        if (run_script(state, argv, argc, index) != LUA_OK) {
            start->exit_status = 1;
            return 0;
        }
    } else {
        create_arg_table(state, argv, argc, 0);
        if (!ran_something)
            interactive_after = 1;
    }
    if (interactive_after) {
        if (!version_shown)
            puts(LUA_COPYRIGHT);
        interactive(state);
    }
    start->exit_status = 0;
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 0 && argv[0][0] != '\0')
        program_name = argv[0];
    set_c_call_limit();
    lua_State *state = luaL_newstate();
    if (state == NULL) {
        fprintf(stderr, "%s: cannot create state: not enough memory\n", program_name);
        return 1;
    }
    struct start start = {argc, argv, 1};
    lua_pushcfunction(state, protected_main);
    lua_pushlightuserdata(state, &start);
    int status = lua_pcall(state, 1, 0, 0);
    report(state, status);
    lua_close(state);
    return status == LUA_OK ? start.exit_status : 1;
}
