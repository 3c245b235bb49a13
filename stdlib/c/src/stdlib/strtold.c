/* strtold.c: long double (IEEE binary128 on wasm32: 113 significant bits,
 * exponents -16382 to 16383) from a string, correctly rounded (to nearest,
 * ties to even), with the syntax of strtod.
 *
 * A decimal D x 10^E (all of D's digits, up to 12000 significant ones: a
 * digit 1 after them stands for any further nonzero digits, which is exact
 * because no rounding boundary of binary128 has more) is turned into
 * Q = floor(D x 10^E x 2^s) with big integers, s chosen so that Q has 116
 * or 117 bits; Q, s and whether the division left a remainder then round
 * exactly. Hexadecimal input rounds the same way from its digits. Overflow
 * gives HUGE_VALL and ERANGE; a result below LDBL_MIN that is not exact
 * sets ERANGE too, as in strtod. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DIGITS 12000
#define MANTISSA_BITS 113
#define MIN_EXPONENT (-16382)
#define MAX_EXPONENT 16383

typedef unsigned __int128 u128;

/* ---- big natural numbers, base 2^32, least significant limb first ---- */

struct big {
    uint32_t *limbs;
    size_t count;
    size_t capacity;
};

static int big_reserve(struct big *number, size_t limbs) {
    if (limbs <= number->capacity)
        return 0;
    uint32_t *bigger = realloc(number->limbs, limbs * sizeof *bigger);
    if (!bigger)
        return -1;
    number->limbs = bigger;
    number->capacity = limbs;
    return 0;
}

static int big_multiply_add(struct big *number, uint32_t factor, uint32_t addend) {
    uint64_t carry = addend;
    for (size_t index = 0; index < number->count; index++) {
        uint64_t product = (uint64_t)number->limbs[index] * factor + carry;
        number->limbs[index] = (uint32_t)product;
        carry = product >> 32;
    }
    if (carry) {
        if (big_reserve(number, number->count + 1) < 0)
            return -1;
        number->limbs[number->count++] = (uint32_t)carry;
    }
    return 0;
}

static int big_multiply_power_of_ten(struct big *number, long exponent) {
    for (; exponent >= 9; exponent -= 9) {
        if (big_multiply_add(number, 1000000000u, 0) < 0)
            return -1;
    }
    uint32_t factor = 1;
    while (exponent-- > 0)
        factor *= 10;
    return big_multiply_add(number, factor, 0);
}

static size_t big_bit_length(const struct big *number) {
    if (number->count == 0)
        return 0;
    return (number->count - 1) * 32 + (32 - (size_t)__builtin_clz(number->limbs[number->count - 1]));
}

static int big_shift_left(struct big *number, size_t bits) {
    if (number->count == 0 || bits == 0)
        return 0;
    size_t limbs = bits / 32, rest = bits % 32;
    if (big_reserve(number, number->count + limbs + 1) < 0)
        return -1;
    number->limbs[number->count] = 0;
    if (rest) {
        for (size_t index = number->count + 1; index-- > 1;)
            number->limbs[index] = number->limbs[index] << rest | number->limbs[index - 1] >> (32 - rest);
        number->limbs[0] <<= rest;
    }
    number->count++;
    memmove(number->limbs + limbs, number->limbs, number->count * sizeof(uint32_t));
    memset(number->limbs, 0, limbs * sizeof(uint32_t));
    number->count += limbs;
    while (number->count && number->limbs[number->count - 1] == 0)
        number->count--;
    return 0;
}

static void big_shift_right_one(struct big *number) {
    for (size_t index = 0; index < number->count; index++) {
        uint32_t next = index + 1 < number->count ? number->limbs[index + 1] : 0;
        number->limbs[index] = number->limbs[index] >> 1 | next << 31;
    }
    while (number->count && number->limbs[number->count - 1] == 0)
        number->count--;
}

static int big_compare(const struct big *left, const struct big *right) {
    if (left->count != right->count)
        return left->count < right->count ? -1 : 1;
    for (size_t index = left->count; index-- > 0;) {
        if (left->limbs[index] != right->limbs[index])
            return left->limbs[index] < right->limbs[index] ? -1 : 1;
    }
    return 0;
}

/* left -= right, where left >= right. */
static void big_subtract(struct big *left, const struct big *right) {
    int64_t borrow = 0;
    for (size_t index = 0; index < left->count; index++) {
        int64_t difference = (int64_t)left->limbs[index] - (index < right->count ? right->limbs[index] : 0) - borrow;
        borrow = difference < 0;
        left->limbs[index] = (uint32_t)(difference + (borrow ? 0x100000000LL : 0));
    }
    while (left->count && left->limbs[left->count - 1] == 0)
        left->count--;
}

/* ---- rounding ---- */

static long double from_bits(u128 bits) {
    long double value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

static int bit_length(u128 value) {
    int length = 0;
    while (value) {
        length++;
        value >>= 1;
    }
    return length;
}

/* The binary128 nearest to (q + e) x 2^scale, where 0 <= e < 1 and e > 0
 * exactly when `sticky`; q is not 0. Sets *range_error on overflow and on
 * an inexact result below LDBL_MIN. */
static long double round_and_pack(u128 q, long scale, int sticky, int *range_error) {
    int length = bit_length(q);
    long lead = length - 1 + scale; /* the exponent of q's leading bit */
    if (lead > MAX_EXPONENT) {
        *range_error = 1;
        return __builtin_infl();
    }
    long drop = length - MANTISSA_BITS;
    int subnormal = lead < MIN_EXPONENT;
    if (subnormal)
        drop += MIN_EXPONENT - lead;
    u128 mantissa;
    int inexact = sticky;
    if (drop <= 0) {
        mantissa = q << -drop;
    } else if (drop >= 128) {
        mantissa = 0; /* below half the smallest subnormal */
        inexact = 1;
    } else {
        mantissa = q >> drop;
        u128 rest = q & (((u128)1 << drop) - 1), half = (u128)1 << (drop - 1);
        inexact |= rest != 0;
        if (rest > half || (rest == half && (sticky || (mantissa & 1))))
            mantissa++;
    }
    u128 hidden = (u128)1 << (MANTISSA_BITS - 1);
    if (subnormal) {
        /* A carry into bit 112 makes LDBL_MIN, whose exponent field is 1: the same bits. */
        if (mantissa < hidden && inexact)
            *range_error = 1;
        return from_bits(mantissa);
    }
    if (mantissa >> MANTISSA_BITS) {
        mantissa >>= 1;
        lead++;
        if (lead > MAX_EXPONENT) {
            *range_error = 1;
            return __builtin_infl();
        }
    }
    return from_bits((u128)(lead - MIN_EXPONENT + 1) << (MANTISSA_BITS - 1) | (mantissa - hidden));
}

/* digits[0..count) x 10^exponent, rounded; count > 0, digits[0] != '0'. */
static long double decimal_to_long_double(const char *digits, size_t count, long exponent, int *range_error) {
    long magnitude = (long)count + exponent; /* the value is below 10^magnitude */
    if (magnitude > 4933) {
        *range_error = 1;
        return __builtin_infl();
    }
    if (magnitude < -4966) { /* below 10^-4966, under half of 2^-16494 */
        *range_error = 1;
        return 0.0L;
    }
    struct big numerator = {NULL, 0, 0}, denominator = {NULL, 0, 0};
    long double result = 0.0L;
    int failed = big_reserve(&numerator, count / 9 + 2) < 0 || big_reserve(&denominator, 2) < 0;
    for (size_t index = 0; index < count && !failed; index++)
        failed = big_multiply_add(&numerator, 10, (uint32_t)(digits[index] - '0')) < 0;
    denominator.limbs[0] = 1;
    denominator.count = 1;
    if (!failed)
        failed = exponent >= 0 ? big_multiply_power_of_ten(&numerator, exponent) < 0
                               : big_multiply_power_of_ten(&denominator, -exponent) < 0;
    /* Scale by 2^s so that the quotient has 116 or 117 bits. */
    long shift = 116 - ((long)big_bit_length(&numerator) - (long)big_bit_length(&denominator));
    if (!failed)
        failed = shift >= 0 ? big_shift_left(&numerator, (size_t)shift) < 0
                            : big_shift_left(&denominator, (size_t)-shift) < 0;
    if (!failed)
        failed = big_shift_left(&denominator, 116) < 0;
    if (failed) {
        errno = ENOMEM;
    } else {
        u128 quotient = 0;
        for (int bit = 116; bit >= 0; bit--) {
            if (big_compare(&numerator, &denominator) >= 0) {
                big_subtract(&numerator, &denominator);
                quotient |= (u128)1 << bit;
            }
            big_shift_right_one(&denominator);
        }
        result = round_and_pack(quotient, -shift, numerator.count != 0, range_error);
    }
    free(numerator.limbs);
    free(denominator.limbs);
    return result;
}

/* ---- parsing ---- */

static int match_word(const char *cursor, const char *word) {
    for (; *word; word++, cursor++) {
        if (tolower((unsigned char)*cursor) != *word)
            return 0;
    }
    return 1;
}

/* An exponent part ('e' or 'p' in either case, a sign, digits) at `cursor`,
 * added to *exponent; returns what follows it (`cursor` if there is none). */
static const char *parse_exponent(const char *cursor, char marker, long *exponent) {
    if ((*cursor | 32) != marker)
        return cursor;
    const char *digits = cursor + 1;
    int negative = 0;
    if (*digits == '+' || *digits == '-')
        negative = *digits++ == '-';
    if (!isdigit((unsigned char)*digits))
        return cursor;
    long value = 0;
    for (; isdigit((unsigned char)*digits); digits++) {
        if (value < 100000000)
            value = value * 10 + (*digits - '0');
    }
    *exponent += negative ? -value : value;
    return digits;
}

/* Hexadecimal digits and exponent after "0x"; *end is left alone without digits. */
static long double parse_hex(const char *cursor, const char **end, int *range_error) {
    u128 mantissa = 0;
    long exponent = 0;
    int any_digit = 0, seen_point = 0, sticky = 0, kept = 0;
    for (;; cursor++) {
        if (*cursor == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        if (!isxdigit((unsigned char)*cursor))
            break;
        int digit = isdigit((unsigned char)*cursor) ? *cursor - '0' : (*cursor | 32) - 'a' + 10;
        any_digit = 1;
        if (mantissa == 0 && digit == 0) {
            if (seen_point)
                exponent -= 4;
            continue;
        }
        if (kept < 30) {
            mantissa = mantissa << 4 | (u128)digit;
            kept++;
            if (seen_point)
                exponent -= 4;
        } else {
            sticky |= digit != 0;
            if (!seen_point)
                exponent += 4;
        }
    }
    if (!any_digit)
        return 0.0L;
    *end = parse_exponent(cursor, 'p', &exponent);
    if (mantissa == 0)
        return 0.0L;
    return round_and_pack(mantissa, exponent, sticky, range_error);
}

long double strtold(const char *restrict s, char **restrict end) {
    const char *cursor = s;
    while (isspace((unsigned char)*cursor))
        cursor++;
    int negative = 0;
    if (*cursor == '+' || *cursor == '-')
        negative = *cursor++ == '-';
    long double value;
    int range_error = 0;
    if (match_word(cursor, "inf")) {
        cursor += match_word(cursor, "infinity") ? 8 : 3;
        value = __builtin_infl();
    } else if (match_word(cursor, "nan")) {
        cursor += 3;
        if (*cursor == '(') {
            const char *close = cursor + 1;
            while (isalnum((unsigned char)*close) || *close == '_')
                close++;
            if (*close == ')')
                cursor = close + 1;
        }
        value = __builtin_nanl("");
    } else if (cursor[0] == '0' && (cursor[1] | 32) == 'x') {
        const char *hex_end = cursor + 1; /* just the "0" if no hex digits follow */
        value = parse_hex(cursor + 2, &hex_end, &range_error);
        cursor = hex_end;
    } else {
        /* Significant digits go to `digits` (leading zeros skipped). */
        const char *start = cursor;
        size_t length = 0;
        while (isdigit((unsigned char)start[length]) || start[length] == '.')
            length++;
        char *digits = malloc(length < MAX_DIGITS ? length + 2 : MAX_DIGITS + 2);
        if (!digits) {
            if (end)
                *end = (char *)s;
            errno = ENOMEM;
            return 0.0L;
        }
        size_t count = 0;
        long exponent = 0;
        int any_digit = 0, seen_point = 0, truncated_nonzero = 0;
        for (;; cursor++) {
            if (*cursor == '.' && !seen_point) {
                seen_point = 1;
                continue;
            }
            if (!isdigit((unsigned char)*cursor))
                break;
            any_digit = 1;
            if (*cursor == '0' && count == 0) {
                exponent -= seen_point;
                continue;
            }
            if (count < MAX_DIGITS) {
                digits[count++] = *cursor;
                exponent -= seen_point;
            } else {
                truncated_nonzero |= *cursor != '0';
                exponent += !seen_point;
            }
        }
        if (!any_digit) {
            free(digits);
            if (end)
                *end = (char *)s;
            return 0.0L;
        }
        cursor = parse_exponent(cursor, 'e', &exponent);
        if (truncated_nonzero) {
            /* A digit 1 beyond the kept ones breaks ties the right way. */
            digits[count++] = '1';
            exponent--;
        }
        value = count ? decimal_to_long_double(digits, count, exponent, &range_error) : 0.0L;
        free(digits);
    }
    if (end)
        *end = (char *)cursor;
    if (range_error)
        errno = ERANGE;
    return negative ? -value : value;
}
