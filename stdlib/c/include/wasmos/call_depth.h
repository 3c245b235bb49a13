/* wasmos/call_depth.h: an app that nests calls deeply (an interpreter, a
 * recursive parser) asks for a deeper call stack than the default.
 *
 *     #include <wasmos/call_depth.h>
 *     WASMOS_CALL_DEPTH(4096);
 *
 * The number of Wasm frames goes into a custom section named
 * `wasmos.call_depth` (as <wasmos/description.h> does for the description);
 * the kernel raises the process's call-depth limit to at least that many
 * frames, never above the hard maximum (docs/ABI.md, Limits). Its children
 * inherit the raised limit. Use it once per app, at file scope, with a plain
 * decimal number. */
#ifndef _WASMOS_CALL_DEPTH_H
#define _WASMOS_CALL_DEPTH_H

#define WASMOS_CALL_DEPTH(frames)                                                                       \
    __asm__(".section .custom_section.wasmos.call_depth,\"\",@\n"                                      \
            ".ascii \"" #frames "\"\n"                                                                  \
            ".text\n")

#endif
