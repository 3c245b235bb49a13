/* strtol.c: string to integer conversions (strto*, ato*, and the intmax_t helpers). */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

static int digit_value(int c) {
    if (isdigit(c))
        return c - '0';
    if (islower(c))
        return c - 'a' + 10;
    if (isupper(c))
        return c - 'A' + 10;
    return 99;
}

/* The common parser: returns the magnitude, saturated at the limit for its
 * sign, stores the sign and the end of the number. Equal limits mean an
 * unsigned result. */
static unsigned long long parse_integer(const char *s, char **end, int base, unsigned long long positive_limit,
                                        unsigned long long negative_limit, int *negative_out) {
    const char *cursor = s;
    int negative = 0;
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        if (end)
            *end = (char *)s;
        *negative_out = 0;
        return 0;
    }
    while (isspace((unsigned char)*cursor))
        cursor++;
    if (*cursor == '+' || *cursor == '-')
        negative = *cursor++ == '-';
    if ((base == 0 || base == 16) && cursor[0] == '0' && (cursor[1] | 32) == 'x' &&
        digit_value((unsigned char)cursor[2]) < 16) {
        cursor += 2;
        base = 16;
    } else if (base == 0) {
        base = cursor[0] == '0' ? 8 : 10;
    }
    unsigned long long limit = negative ? negative_limit : positive_limit;
    unsigned long long value = 0;
    int overflow = 0;
    const char *digits_start = cursor;
    for (;; cursor++) {
        int digit = digit_value((unsigned char)*cursor);
        if (digit >= base)
            break;
        if (overflow)
            continue;
        if (value > (limit - (unsigned)digit) / (unsigned)base) {
            overflow = 1;
            value = limit;
        } else {
            value = value * (unsigned)base + (unsigned)digit;
        }
    }
    if (cursor == digits_start) {
        if (end)
            *end = (char *)s;
        *negative_out = 0;
        return 0;
    }
    if (end)
        *end = (char *)cursor;
    if (overflow) {
        errno = ERANGE;
        /* An unsigned result saturates at its maximum whatever the sign. */
        if (positive_limit == negative_limit)
            negative = 0;
    }
    *negative_out = negative;
    return value;
}

long long strtoll(const char *s, char **end, int base) {
    int negative;
    unsigned long long magnitude =
        parse_integer(s, end, base, LLONG_MAX, (unsigned long long)LLONG_MAX + 1, &negative);
    return negative ? (long long)(0 - magnitude) : (long long)magnitude;
}

long strtol(const char *s, char **end, int base) {
    int negative;
    unsigned long long magnitude =
        parse_integer(s, end, base, LONG_MAX, (unsigned long long)LONG_MAX + 1, &negative);
    return negative ? (long)(0 - magnitude) : (long)magnitude;
}

/* The unsigned forms accept a minus sign and negate in the unsigned type, as C requires. */
unsigned long long strtoull(const char *s, char **end, int base) {
    int negative;
    unsigned long long magnitude = parse_integer(s, end, base, ULLONG_MAX, ULLONG_MAX, &negative);
    return negative ? 0 - magnitude : magnitude;
}

unsigned long strtoul(const char *s, char **end, int base) {
    int negative;
    unsigned long long magnitude = parse_integer(s, end, base, ULONG_MAX, ULONG_MAX, &negative);
    return (unsigned long)(negative ? 0 - magnitude : magnitude);
}

intmax_t strtoimax(const char *restrict s, char **restrict end, int base) {
    return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base) {
    return strtoull(s, end, base);
}

int atoi(const char *s) { return (int)strtol(s, NULL, 10); }
long atol(const char *s) { return strtol(s, NULL, 10); }
long long atoll(const char *s) { return strtoll(s, NULL, 10); }
