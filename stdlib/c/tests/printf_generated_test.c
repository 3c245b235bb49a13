/* printf_generated_test.c: printf over thousands of generated combinations of
 * flags, widths, precisions, length modifiers, conversions and values. Built
 * with our C library and with the host's gcc/glibc, the output (one line per
 * combination: format, result, return value, and the snprintf truncation to
 * 7 bytes) must be identical. Only combinations that ISO C defines, and
 * whose output does not depend on the width of long, are made. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *const flag_sets[] = {"", "-", "+", " ", "0", "#", "-+", "+0", "- ", "#0", "-#"};
static const char *const widths[] = {"", "1", "6", "12"};
static const char *const precisions[] = {"", ".0", ".1", ".4", ".12"};

static unsigned long lines;

/* Prints one combination: the full result and the result truncated to 7 bytes. */
#define SHOW(format, value)                                                                    \
    do {                                                                                       \
        char full[256];                                                                        \
        char small[7];                                                                         \
        int length = snprintf(full, sizeof full, format, value);                               \
        int truncated = snprintf(small, sizeof small, format, value);                          \
        printf("%s|%s|%d|%s|%d\n", format, full, length, small, truncated);                    \
        lines++;                                                                               \
    } while (0)

static int flag_allowed(const char *flags, char conversion) {
    /* '#' is defined only for o, x, X and the floating conversions. */
    if (strchr(flags, '#') && strchr("dicsu", conversion))
        return 0;
    /* '0' is undefined for c and s. */
    if (strchr(flags, '0') && strchr("cs", conversion))
        return 0;
    return 1;
}

static void integers(void) {
    static const long long values[] = {0, 1, -1, 7, 42, -42, 255, 1000000, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN};
    static const char conversions[] = "diouxX";
    static const char *const lengths[] = {"hh", "h", "", "l", "ll", "j", "z", "t"};
    char format[64];
    for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
        for (size_t w = 0; w < sizeof widths / sizeof *widths; w++)
            for (size_t p = 0; p < sizeof precisions / sizeof *precisions; p++)
                for (size_t c = 0; conversions[c]; c++) {
                    if (!flag_allowed(flag_sets[f], conversions[c]))
                        continue;
                    for (size_t l = 0; l < sizeof lengths / sizeof *lengths; l++) {
                        snprintf(format, sizeof format, "%%%s%s%s%s%c", flag_sets[f], widths[w], precisions[p],
                                 lengths[l], conversions[c]);
                        for (size_t v = 0; v < sizeof values / sizeof *values; v++) {
                            long long value = values[v];
                            int is_signed = conversions[c] == 'd' || conversions[c] == 'i';
                            /* long, size_t and ptrdiff_t are 32 bits on wasm32 and 64 on the
                             * host: give them only values whose output is the same on both. */
                            int word_sized = l == 3 || l == 6 || l == 7;
                            if (word_sized && (value > INT_MAX || value < INT_MIN || (!is_signed && value < 0)))
                                continue;
                            /* Pass exactly the type the length modifier names. */
                            switch (l) {
                            case 0: if (is_signed) SHOW(format, (int)(signed char)value); else SHOW(format, (unsigned)(unsigned char)value); break;
                            case 1: if (is_signed) SHOW(format, (int)(short)value); else SHOW(format, (unsigned)(unsigned short)value); break;
                            case 2: if (is_signed) SHOW(format, (int)value); else SHOW(format, (unsigned)value); break;
                            case 3: if (is_signed) SHOW(format, (long)value); else SHOW(format, (unsigned long)value); break;
                            case 4: if (is_signed) SHOW(format, value); else SHOW(format, (unsigned long long)value); break;
                            case 5: if (is_signed) SHOW(format, (intmax_t)value); else SHOW(format, (uintmax_t)value); break;
                            case 6: SHOW(format, (size_t)value); break;
                            default: SHOW(format, (ptrdiff_t)value); break;
                            }
                        }
                    }
                }
}

/* Not 999999.5: glibc prints %#g of a value that rounds up to the next power
 * of ten as "1.e+06", dropping the zeros that ISO C says '#' keeps (ours keeps them). */
static void floating(void) {
    static const double values[] = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 123.456, 1e-10, 6.02214076e23, 999999.25,
                                    0.000123456, 1e100, INFINITY, -INFINITY, NAN};
    static const char conversions[] = "eEfFgG";
    char format[64];
    for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
        for (size_t w = 0; w < sizeof widths / sizeof *widths; w++)
            for (size_t p = 0; p < sizeof precisions / sizeof *precisions; p++)
                for (size_t c = 0; conversions[c]; c++) {
                    snprintf(format, sizeof format, "%%%s%s%s%c", flag_sets[f], widths[w], precisions[p],
                             conversions[c]);
                    for (size_t v = 0; v < sizeof values / sizeof *values; v++)
                        SHOW(format, values[v]);
                }
}

static void characters_and_strings(void) {
    static const char *const strings[] = {"", "a", "hello", "a longer string here"};
    char format[64];
    for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
        for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
            if (!flag_allowed(flag_sets[f], 'c'))
                continue;
            snprintf(format, sizeof format, "%%%s%sc", flag_sets[f], widths[w]);
            SHOW(format, 'x');
            for (size_t p = 0; p < sizeof precisions / sizeof *precisions; p++) {
                snprintf(format, sizeof format, "%%%s%s%ss", flag_sets[f], widths[w], precisions[p]);
                for (size_t s = 0; s < sizeof strings / sizeof *strings; s++)
                    SHOW(format, strings[s]);
            }
        }
}

static void stars(void) {
    for (int width = -8; width <= 8; width += 4)
        for (int precision = -1; precision <= 6; precision += 3) {
            char full[128];
            int length = snprintf(full, sizeof full, "[%*.*d|%*.*f|%*.*s]", width, precision, 42, width, precision,
                                  3.14159, width, precision, "text");
            printf("stars %d %d|%s|%d\n", width, precision, full, length);
            lines++;
        }
}

int main(void) {
    integers();
    floating();
    characters_and_strings();
    stars();
    printf("%lu combinations\n", lines);
    return 0;
}
