/* wasmos/tool_output.h: how the file tools (ls, cp, rm, stat, du, ...) show
 * names in messages and sizes with -h, the way GNU coreutils shows them, so
 * that their output can be compared with GNU's. */
#ifndef WASMOS_TOOL_OUTPUT_H
#define WASMOS_TOOL_OUTPUT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* `name` quoted for a shell, as GNU's messages quote file names: 'name',
 * "name" when it holds a single quote and nothing a double-quoted word
 * would expand, and 'a'$'\n''b' for control characters. The result lives
 * in one of eight rotating buffers, so a message may quote a few names;
 * "?" when there is no memory. */
const char *wasmos_quote(const char *name);

/* `bytes` in GNU's -h form, rounded up: "1023", "1.5K", "10K", "1.0M".
 * Writes at most `size` bytes (with the NUL) and returns `buffer`. */
char *wasmos_human_size(unsigned long long bytes, char *buffer, size_t size);

#ifdef __cplusplus
}
#endif

#endif
