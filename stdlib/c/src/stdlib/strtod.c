/* strtod.c: string to floating point, correctly rounded.
 *
 * A decimal number D x 10^E is first approximated with double arithmetic,
 * then corrected: the candidate's rounding boundaries (the midpoints to its
 * neighbours) are compared exactly with D x 10^E using big integers, and the
 * candidate moves one step at a time until the value lies between them
 * (ties go to the even neighbour). Hexadecimal input is assembled bit by bit. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Significant digits kept; later non-zero digits only act as a tie-breaker. */
#define MAX_DIGITS 800
#define BIG_LIMBS 200

/* A big natural number in base 2^32, least significant limb first. */
struct big {
    uint32_t limbs[BIG_LIMBS];
    int count;
};

static void big_set(struct big *number, uint64_t value) {
    number->count = 0;
    while (value) {
        number->limbs[number->count++] = (uint32_t)value;
        value >>= 32;
    }
}

static void big_multiply_add(struct big *number, uint32_t factor, uint32_t addend) {
    uint64_t carry = addend;
    for (int index = 0; index < number->count; index++) {
        uint64_t product = (uint64_t)number->limbs[index] * factor + carry;
        number->limbs[index] = (uint32_t)product;
        carry = product >> 32;
    }
    if (carry && number->count < BIG_LIMBS)
        number->limbs[number->count++] = (uint32_t)carry;
}

static void big_multiply_power_of_five(struct big *number, int exponent) {
    for (; exponent >= 13; exponent -= 13)
        big_multiply_add(number, 1220703125u, 0); /* 5^13 */
    uint32_t factor = 1;
    while (exponent-- > 0)
        factor *= 5;
    if (factor > 1)
        big_multiply_add(number, factor, 0);
}

static void big_shift_left(struct big *number, int bits) {
    if (number->count == 0 || bits <= 0)
        return;
    int limbs = bits / 32, rest = bits % 32;
    if (number->count + limbs + 1 > BIG_LIMBS)
        return; /* cannot happen for the bounded inputs accepted below */
    if (rest) {
        uint32_t carry = 0;
        for (int index = 0; index < number->count; index++) {
            uint32_t limb = number->limbs[index];
            number->limbs[index] = (limb << rest) | carry;
            carry = limb >> (32 - rest);
        }
        if (carry)
            number->limbs[number->count++] = carry;
    }
    if (limbs) {
        memmove(number->limbs + limbs, number->limbs, (size_t)number->count * sizeof(uint32_t));
        memset(number->limbs, 0, (size_t)limbs * sizeof(uint32_t));
        number->count += limbs;
    }
}

static int big_compare(const struct big *left, const struct big *right) {
    if (left->count != right->count)
        return left->count < right->count ? -1 : 1;
    for (int index = left->count - 1; index >= 0; index--) {
        if (left->limbs[index] != right->limbs[index])
            return left->limbs[index] < right->limbs[index] ? -1 : 1;
    }
    return 0;
}

/* The parsed decimal: digits[0..count) with value 0.d1d2... is not used;
 * instead value = (digits as an integer) x 10^exponent. */
struct decimal_input {
    char digits[MAX_DIGITS + 1];
    int count;
    int exponent;
};

/* Sign of (digits x 10^exponent) - (numerator x 2^power). */
static int compare_with(const struct decimal_input *input, uint64_t numerator, int power) {
    static struct big left, right;
    left.count = 0;
    for (int index = 0; index < input->count; index++)
        big_multiply_add(&left, 10, (uint32_t)(input->digits[index] - '0'));
    big_set(&right, numerator);
    int exponent = input->exponent;
    if (exponent >= 0)
        big_multiply_power_of_five(&left, exponent);
    else
        big_multiply_power_of_five(&right, -exponent);
    /* Remaining factors: 2^exponent on the left, 2^power on the right. */
    int shift = exponent - power;
    if (shift >= 0)
        big_shift_left(&left, shift);
    else
        big_shift_left(&right, -shift);
    return big_compare(&left, &right);
}

static double from_bits(uint64_t bits) {
    double value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

static uint64_t to_bits(double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

static const double powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* The correctly rounded positive double nearest digits x 10^exponent. */
static double decimal_to_double(const struct decimal_input *input, int *range_error) {
    int magnitude = input->count + input->exponent; /* digits before the point */
    if (magnitude > 310) {
        *range_error = 1;
        return __builtin_huge_val();
    }
    if (magnitude < -326) {
        *range_error = 1;
        return 0.0;
    }
    /* Approximation from the leading 19 digits. */
    uint64_t leading = 0;
    int used = input->count < 19 ? input->count : 19;
    for (int index = 0; index < used; index++)
        leading = leading * 10 + (uint64_t)(input->digits[index] - '0');
    double approximation = (double)leading;
    int scale = input->exponent + (input->count - used);
    while (scale > 22 && approximation < DBL_MAX) {
        approximation *= 1e22;
        scale -= 22;
    }
    if (scale > 0)
        approximation *= powers_of_ten[scale];
    while (scale < -22) {
        approximation /= 1e22;
        scale += 22;
    }
    if (scale < 0)
        approximation /= powers_of_ten[-scale];
    if (approximation > DBL_MAX)
        approximation = DBL_MAX;

    uint64_t bits = to_bits(approximation);
    for (int step = 0; step < 2000; step++) {
        int biased = (int)(bits >> 52);
        if (biased == 0x7ff)
            break; /* infinity */
        uint64_t mantissa = bits & ((1ULL << 52) - 1);
        uint64_t m = biased ? mantissa | (1ULL << 52) : mantissa;
        int e = biased ? biased - 1075 : -1074;
        /* Upper boundary: (2m + 1) x 2^(e-1). */
        int above = compare_with(input, 2 * m + 1, e - 1);
        if (above > 0 || (above == 0 && (m & 1))) {
            bits++;
            if (above == 0)
                break;
            continue;
        }
        if (m == 0)
            break;
        /* Lower boundary; at a power of two the gap below is half as wide. */
        int at_binade_edge = mantissa == 0 && biased > 1;
        int below = at_binade_edge ? compare_with(input, 4 * m - 1, e - 2) : compare_with(input, 2 * m - 1, e - 1);
        if (below < 0 || (below == 0 && (m & 1))) {
            bits--;
            if (below == 0)
                break;
            continue;
        }
        break;
    }
    double result = from_bits(bits);
    if (result > DBL_MAX) {
        *range_error = 1;
    } else if (result < DBL_MIN) {
        /* Underflow is an error only when the tiny result is inexact. */
        uint64_t m = bits & ((1ULL << 52) - 1);
        if (m == 0 || compare_with(input, m, -1074) != 0)
            *range_error = 1;
    }
    return result;
}

/* Reads the exponent part at `cursor`, if there is one: `marker` ('e' or 'p',
 * in either case), an optional sign and at least one digit. Adds its value to
 * *exponent and returns the position after it; without an exponent part it
 * returns `cursor` and leaves *exponent alone. A huge exponent saturates,
 * which is still enough to overflow or underflow any input. */
static const char *parse_exponent(const char *cursor, char marker, int *exponent) {
    if ((*cursor | 32) != marker)
        return cursor;
    const char *digits = cursor + 1;
    int negative = 0;
    if (*digits == '+' || *digits == '-')
        negative = *digits++ == '-';
    if (!isdigit((unsigned char)*digits))
        return cursor;
    long value = 0;
    while (isdigit((unsigned char)*digits)) {
        if (value < 100000)
            value = value * 10 + (*digits - '0');
        digits++;
    }
    *exponent += negative ? -(int)value : (int)value;
    return digits;
}

/* Hexadecimal: 0x h.hhh p exp. `cursor` points after "0x". */
static double parse_hex(const char *cursor, const char **end, int *range_error) {
    uint64_t mantissa = 0;
    int exponent = 0, any_digit = 0, sticky = 0, seen_point = 0;
    for (;; cursor++) {
        int digit;
        if (*cursor == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        if (isdigit((unsigned char)*cursor))
            digit = *cursor - '0';
        else if (isxdigit((unsigned char)*cursor))
            digit = (*cursor | 32) - 'a' + 10;
        else
            break;
        any_digit = 1;
        if (mantissa >> 59) {
            sticky |= digit != 0;
            if (!seen_point)
                exponent += 4;
        } else {
            mantissa = mantissa * 16 + (uint64_t)digit;
            if (seen_point)
                exponent -= 4;
        }
    }
    if (!any_digit)
        return -1.0; /* caller treats as "just the 0" */
    cursor = parse_exponent(cursor, 'p', &exponent);
    *end = cursor;
    if (mantissa == 0)
        return 0.0;
    /* Normalize to 64 significant bits: value = mantissa x 2^exponent. */
    while (!(mantissa >> 63)) {
        mantissa <<= 1;
        exponent--;
    }
    int top = exponent + 63; /* the value is in [2^top, 2^(top+1)) */
    if (top > 1023) {
        *range_error = 1;
        return __builtin_huge_val();
    }
    int keep = top >= -1022 ? 53 : 53 - (-1022 - top); /* bits kept (fewer for subnormals) */
    if (keep <= 0) {
        *range_error = 1;
        if (keep == 0 && (mantissa > (1ULL << 63) || sticky))
            return from_bits(1); /* above half the smallest subnormal */
        return 0.0;
    }
    int dropped = 64 - keep;
    uint64_t kept = mantissa >> dropped;
    uint64_t remainder = mantissa & ((1ULL << dropped) - 1);
    uint64_t half = 1ULL << (dropped - 1);
    if (remainder > half || (remainder == half && (sticky || (kept & 1))))
        kept++;
    double result;
    if (keep == 53) {
        if (kept >> 53) {
            kept >>= 1;
            top++;
        }
        if (top > 1023) {
            *range_error = 1;
            return __builtin_huge_val();
        }
        result = from_bits(((uint64_t)(top + 1023) << 52) | (kept & ((1ULL << 52) - 1)));
    } else {
        result = from_bits(kept); /* subnormal (a carry makes the smallest normal) */
        if (remainder || sticky)
            *range_error = 1;
    }
    return result;
}

static int match_word(const char *cursor, const char *word) {
    size_t length = strlen(word);
    for (size_t index = 0; index < length; index++) {
        if (tolower((unsigned char)cursor[index]) != word[index])
            return 0;
    }
    return 1;
}

/* strtod's work. When the input was decimal, *exact points at its digits
 * (for strtof's tie-break), otherwise it is set to NULL. */
static double parse_double(const char *s, char **end, const struct decimal_input **exact) {
    *exact = NULL;
    const char *cursor = s;
    while (isspace((unsigned char)*cursor))
        cursor++;
    int negative = 0;
    if (*cursor == '+' || *cursor == '-')
        negative = *cursor++ == '-';
    double sign = negative ? -1.0 : 1.0;

    if (match_word(cursor, "inf")) {
        cursor += match_word(cursor, "infinity") ? 8 : 3;
        if (end)
            *end = (char *)cursor;
        return sign * __builtin_huge_val();
    }
    if (match_word(cursor, "nan")) {
        cursor += 3;
        if (*cursor == '(') {
            const char *close = cursor + 1;
            while (isalnum((unsigned char)*close) || *close == '_')
                close++;
            if (*close == ')')
                cursor = close + 1;
        }
        if (end)
            *end = (char *)cursor;
        return negative ? -__builtin_nan("") : __builtin_nan("");
    }

    int range_error = 0;
    if (cursor[0] == '0' && (cursor[1] | 32) == 'x') {
        const char *hex_end = cursor + 1; /* just the "0" if no hex digits follow */
        double value = parse_hex(cursor + 2, &hex_end, &range_error);
        if (value < 0)
            value = 0.0;
        if (end)
            *end = (char *)hex_end;
        if (range_error)
            errno = ERANGE;
        return sign * value;
    }

    static struct decimal_input input;
    input.count = 0;
    input.exponent = 0;
    int any_digit = 0, seen_point = 0, truncated_nonzero = 0;
    for (;; cursor++) {
        if (*cursor == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        if (!isdigit((unsigned char)*cursor))
            break;
        any_digit = 1;
        if (*cursor == '0' && input.count == 0) {
            if (seen_point)
                input.exponent--;
            continue; /* leading zero */
        }
        if (input.count < MAX_DIGITS) {
            input.digits[input.count++] = *cursor;
            if (seen_point)
                input.exponent--;
        } else {
            truncated_nonzero |= *cursor != '0';
            if (!seen_point)
                input.exponent++;
        }
    }
    if (!any_digit) {
        if (end)
            *end = (char *)s;
        return 0.0;
    }
    cursor = parse_exponent(cursor, 'e', &input.exponent);
    if (end)
        *end = (char *)cursor;
    if (input.count == 0)
        return sign * 0.0;
    if (truncated_nonzero) {
        /* A digit 1 beyond the kept ones breaks ties the right way. */
        input.digits[input.count++] = '1';
        input.exponent--;
    }
    double value = decimal_to_double(&input, &range_error);
    if (range_error)
        errno = ERANGE;
    *exact = &input;
    return sign * value;
}

double strtod(const char *s, char **end) {
    const struct decimal_input *exact;
    return parse_double(s, end, &exact);
}

/* Whether the positive double `value` lies exactly halfway between two
 * neighbouring floats (or between FLT_MAX and 2^128). */
static int is_float_midpoint(double value) {
    uint64_t bits = to_bits(value);
    int biased = (int)(bits >> 52);
    if (biased == 0 || value > 0x1.ffffffp+127 || value < 0x1p-150)
        return 0;
    /* Bits below the last float place: 29 for normal floats, more below 2^-126. */
    int below = biased >= 1023 - 126 ? 29 : 29 + (1023 - 126 - biased);
    if (below > 52)
        return value == 0x1p-150;
    uint64_t mask = (1ULL << below) - 1;
    return (bits & mask) == 1ULL << (below - 1);
}

/* Correctly rounded: the double nearest the input is rounded again to float,
 * which is only wrong when that double is exactly halfway between two
 * floats (no such midpoint can lie strictly between the input and its
 * nearest double). Then the exact input decides against the midpoint. */
float strtof(const char *s, char **end) {
    const struct decimal_input *exact;
    int saved_errno = errno;
    errno = 0;
    double value = parse_double(s, end, &exact);
    int double_range_error = errno == ERANGE;
    errno = saved_errno;
    double magnitude = __builtin_fabs(value);
    float narrowed = (float)magnitude;
    if (exact && is_float_midpoint(magnitude)) {
        uint64_t bits = to_bits(magnitude);
        int biased = (int)(bits >> 52);
        /* magnitude = (2 k + 1) 2^power exactly: compare the digits with it. */
        int trailing = __builtin_ctzll(bits | (1ULL << 52));
        uint64_t odd = ((bits & ((1ULL << 52) - 1)) | (1ULL << 52)) >> trailing;
        int power = biased - 1075 + trailing;
        int order = compare_with(exact, odd, power);
        float below = (float)(magnitude * (1 - 0x1p-40)), above = (float)(magnitude * (1 + 0x1p-40));
        if (order < 0)
            narrowed = below;
        else if (order > 0)
            narrowed = above;
    }
    if (__builtin_isinf(narrowed) && !__builtin_isinf(magnitude))
        errno = ERANGE;
    else if (narrowed < 0x1p-126f && magnitude != 0.0) {
        /* Underflow is an error only when the tiny result is inexact. */
        int inexact = (double)narrowed != magnitude;
        if (exact && !inexact)
            inexact = compare_with(exact, (uint64_t)((double)narrowed * 0x1p149), -149) != 0;
        if (inexact || double_range_error)
            errno = ERANGE;
    } else if (double_range_error && __builtin_isinf(narrowed))
        errno = ERANGE;
    return __builtin_signbit(value) ? -narrowed : narrowed;
}

double atof(const char *s) {
    return strtod(s, NULL);
}
