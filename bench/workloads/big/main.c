/* big: benchmark workload for launch time of a large module: 4096
 * generated functions (about 500 KB of code), all reachable through one
 * table so the linker keeps them, of which one runs.  Prints "big". */
#include <stdint.h>
#include <stdio.h>

/* One function per hexadecimal name: distinct constants keep the compiler
 * and linker from folding them together. */
#define DEFINE_MIX(digits)                                                                          \
    static uint32_t mix_##digits(uint32_t value) {                                                  \
        value ^= 0x##digits##u;                                                                     \
        value *= 0x9e3779b1u;                                                                       \
        value ^= value >> 15;                                                                       \
        value += 0x##digits##u * 0x85ebca6bu;                                                       \
        value = (value << 7) | (value >> 25);                                                       \
        value *= 0xc2b2ae35u ^ 0x##digits##u;                                                       \
        value ^= value >> 13;                                                                       \
        value -= 0x##digits##u << 3;                                                                \
        value = (value << 11) | (value >> 21);                                                      \
        value *= 0x27d4eb2fu + 0x##digits##u;                                                       \
        value ^= value >> 16;                                                                       \
        value += (0x##digits##u ^ 0x165667b1u) * (value | 1u);                                      \
        value ^= (value >> 9) * 0x##digits##u;                                                      \
        value += (value >> 5) ^ (0x##digits##u * 0x61c88647u);                                      \
        return value ^ (value >> 17);                                                               \
    }

/* Three levels of 16 hexadecimal digits; the preprocessor expands no macro
 * inside itself, so each level is its own macro. */
#define DIGITS_16(macro, prefix)                                        \
    macro(prefix##0) macro(prefix##1) macro(prefix##2) macro(prefix##3) \
    macro(prefix##4) macro(prefix##5) macro(prefix##6) macro(prefix##7) \
    macro(prefix##8) macro(prefix##9) macro(prefix##a) macro(prefix##b) \
    macro(prefix##c) macro(prefix##d) macro(prefix##e) macro(prefix##f)
#define DIGITS_256(macro, prefix)                           \
    DIGITS_16(macro, prefix##0) DIGITS_16(macro, prefix##1) \
    DIGITS_16(macro, prefix##2) DIGITS_16(macro, prefix##3) \
    DIGITS_16(macro, prefix##4) DIGITS_16(macro, prefix##5) \
    DIGITS_16(macro, prefix##6) DIGITS_16(macro, prefix##7) \
    DIGITS_16(macro, prefix##8) DIGITS_16(macro, prefix##9) \
    DIGITS_16(macro, prefix##a) DIGITS_16(macro, prefix##b) \
    DIGITS_16(macro, prefix##c) DIGITS_16(macro, prefix##d) \
    DIGITS_16(macro, prefix##e) DIGITS_16(macro, prefix##f)
#define DIGITS_4096(macro, prefix)                            \
    DIGITS_256(macro, prefix##0) DIGITS_256(macro, prefix##1) \
    DIGITS_256(macro, prefix##2) DIGITS_256(macro, prefix##3) \
    DIGITS_256(macro, prefix##4) DIGITS_256(macro, prefix##5) \
    DIGITS_256(macro, prefix##6) DIGITS_256(macro, prefix##7) \
    DIGITS_256(macro, prefix##8) DIGITS_256(macro, prefix##9) \
    DIGITS_256(macro, prefix##a) DIGITS_256(macro, prefix##b) \
    DIGITS_256(macro, prefix##c) DIGITS_256(macro, prefix##d) \
    DIGITS_256(macro, prefix##e) DIGITS_256(macro, prefix##f)
#define POINTER_TO_MIX(digits) mix_##digits,

DIGITS_4096(DEFINE_MIX, 1)

static uint32_t (*const mixers[])(uint32_t) = {DIGITS_4096(POINTER_TO_MIX, 1)};

int main(int argc, char **argv) {
    (void)argv;
    /* The index depends on the arguments, so no entry of the table is provably dead. */
    uint32_t index = (uint32_t)(argc - 1) % (sizeof mixers / sizeof mixers[0]);
    volatile uint32_t sink = mixers[index]((uint32_t)argc);
    (void)sink;
    puts("big");
    return 0;
}
