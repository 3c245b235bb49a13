/* wasmos/description.h: a one-line description of an app, kept in its
 * module for the shell's `help` to show.
 *
 *     #include <wasmos/description.h>
 *     WASMOS_DESCRIPTION("print the first lines of files");
 *
 * The text goes into a custom section named `wasmos.description` (custom
 * sections are part of a module but not of its program: loading ignores
 * them). clang does not put data into a custom section for
 * __attribute__((section)), but its WebAssembly assembler does for a
 * section named .custom_section.NAME, and wasm-ld keeps such sections
 * (even with --strip-all and --gc-sections), so the macro emits one with
 * top-level assembly. Use it once per app, at file scope, with a plain
 * string literal: no quotes, backslashes or newlines inside. */
#ifndef _WASMOS_DESCRIPTION_H
#define _WASMOS_DESCRIPTION_H

#define WASMOS_DESCRIPTION(text)                                                                        \
    __asm__(".section .custom_section.wasmos.description,\"\",@\n"                                     \
            ".ascii \"" text "\"\n"                                                                     \
            ".text\n")

#endif
