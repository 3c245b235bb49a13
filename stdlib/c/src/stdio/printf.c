/* printf.c: the printf family. One formatting engine (format_engine) writes
 * to a sink; the sinks are a bounded buffer (snprintf), a growing buffer
 * (asprintf), a stream (fprintf) and a file descriptor (dprintf).
 *
 * Floating-point conversions are exact: the double is expanded into all of
 * its decimal digits with a small big-number routine, then rounded
 * half-to-even at the requested position, so %f/%e/%g/%a match glibc. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#include "stdio_impl.h"

/* ---- sinks ---------------------------------------------------------------- */

struct sink {
    void (*write)(struct sink *sink, const char *data, size_t length);
    size_t produced; /* every byte the format asked for, written or not */
    int failed;
};

static void sink_write(struct sink *sink, const char *data, size_t length) {
    if (length == 0)
        return;
    sink->produced += length;
    sink->write(sink, data, length);
}

static void sink_repeat(struct sink *sink, char c, size_t count) {
    char block[64];
    if (count == 0)
        return;
    memset(block, c, count < sizeof block ? count : sizeof block);
    while (count > 0) {
        size_t piece = count < sizeof block ? count : sizeof block;
        sink_write(sink, block, piece);
        count -= piece;
    }
}

/* ---- conversion specification -------------------------------------------- */

enum length_modifier { LENGTH_NONE, LENGTH_HH, LENGTH_H, LENGTH_L, LENGTH_LL, LENGTH_J, LENGTH_Z, LENGTH_T, LENGTH_BIG_L };

struct spec {
    int left_align;   /* '-' */
    int plus_sign;    /* '+' */
    int space_sign;   /* ' ' */
    int alternate;    /* '#' */
    int zero_pad;     /* '0' */
    int width;        /* 0 when absent */
    int precision;    /* -1 when absent */
    enum length_modifier length;
    char conversion;
};

/* Writes prefix, zeros and body, padded to the field width as `spec` says.
 * `zeros` are the leading zeros demanded by a precision. */
static void emit_field(struct sink *sink, const struct spec *spec, const char *prefix, size_t prefix_length,
                       size_t zeros, const char *body, size_t body_length) {
    size_t total = prefix_length + zeros + body_length;
    size_t padding = spec->width > 0 && (size_t)spec->width > total ? (size_t)spec->width - total : 0;
    if (!spec->left_align && !spec->zero_pad)
        sink_repeat(sink, ' ', padding);
    sink_write(sink, prefix, prefix_length);
    if (!spec->left_align && spec->zero_pad)
        sink_repeat(sink, '0', padding);
    sink_repeat(sink, '0', zeros);
    sink_write(sink, body, body_length);
    if (spec->left_align)
        sink_repeat(sink, ' ', padding);
}

/* ---- integers ------------------------------------------------------------- */

static void format_integer(struct sink *sink, struct spec *spec, uintmax_t magnitude, int negative) {
    char digits[3 * sizeof(uintmax_t)];
    char *end = digits + sizeof digits, *start = end;
    char conversion = spec->conversion;
    unsigned base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X' || conversion == 'p') ? 16 : 10;
    const char *alphabet = conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    for (uintmax_t rest = magnitude; rest; rest /= base)
        *--start = alphabet[rest % base];
    size_t digit_count = (size_t)(end - start);

    char prefix[2];
    size_t prefix_length = 0;
    if (conversion == 'd' || conversion == 'i') {
        if (negative)
            prefix[prefix_length++] = '-';
        else if (spec->plus_sign)
            prefix[prefix_length++] = '+';
        else if (spec->space_sign)
            prefix[prefix_length++] = ' ';
    } else if ((spec->alternate && (conversion == 'x' || conversion == 'X') && magnitude) || conversion == 'p') {
        prefix[prefix_length++] = '0';
        prefix[prefix_length++] = conversion == 'X' ? 'X' : 'x';
    }

    size_t zeros = 0;
    if (spec->precision >= 0) {
        spec->zero_pad = 0;
        if ((size_t)spec->precision > digit_count)
            zeros = (size_t)spec->precision - digit_count;
    } else if (digit_count == 0) {
        zeros = 1; /* the value 0 */
    }
    if (conversion == 'o' && spec->alternate && zeros == 0 && (digit_count == 0 || *start != '0'))
        zeros = 1;
    emit_field(sink, spec, prefix, prefix_length, zeros, start, digit_count);
}

/* ---- exact decimal expansion of a double ---------------------------------- */

/* A big natural number in base 10^9, least significant limb first. 2^53 * 5^1074
 * (the longest expansion, of the smallest subnormal's neighbours) has 767 digits. */
#define LIMB_BASE 1000000000u
#define MAX_LIMBS 96

struct big_number {
    uint32_t limbs[MAX_LIMBS];
    int count;
};

static void big_multiply(struct big_number *number, uint32_t factor) {
    uint64_t carry = 0;
    for (int index = 0; index < number->count; index++) {
        uint64_t product = (uint64_t)number->limbs[index] * factor + carry;
        number->limbs[index] = (uint32_t)(product % LIMB_BASE);
        carry = product / LIMB_BASE;
    }
    while (carry) {
        number->limbs[number->count++] = (uint32_t)(carry % LIMB_BASE);
        carry /= LIMB_BASE;
    }
}

/* All significant decimal digits of a finite, non-negative double. */
struct decimal {
    char digits[800];
    int count;    /* at least 1; no trailing zeros unless the value is 0 */
    int exponent; /* value = d.ddd x 10^exponent */
};

static void decimal_from_double(double value, struct decimal *out) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    uint64_t mantissa = bits & ((1ULL << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7ff);
    int exponent2;
    if (biased == 0) {
        exponent2 = -1074;
    } else {
        mantissa |= 1ULL << 52;
        exponent2 = biased - 1075;
    }
    if (mantissa == 0) {
        out->digits[0] = '0';
        out->count = 1;
        out->exponent = 0;
        return;
    }
    struct big_number number;
    number.count = 0;
    number.limbs[number.count++] = (uint32_t)(mantissa % LIMB_BASE);
    if (mantissa / LIMB_BASE) {
        number.limbs[number.count++] = (uint32_t)((mantissa / LIMB_BASE) % LIMB_BASE);
        if (mantissa / LIMB_BASE / LIMB_BASE)
            number.limbs[number.count++] = (uint32_t)(mantissa / LIMB_BASE / LIMB_BASE);
    }
    int scale = 0; /* value = number x 10^scale */
    if (exponent2 >= 0) {
        for (int rest = exponent2; rest > 0; rest -= 29)
            big_multiply(&number, 1u << (rest < 29 ? rest : 29));
    } else {
        /* m / 2^k = m * 5^k / 10^k */
        int rest = -exponent2;
        scale = exponent2;
        for (; rest >= 13; rest -= 13)
            big_multiply(&number, 1220703125u); /* 5^13 */
        uint32_t power = 1;
        while (rest-- > 0)
            power *= 5;
        big_multiply(&number, power);
    }
    /* Print the limbs, most significant first. */
    char *cursor = out->digits;
    uint32_t top = number.limbs[number.count - 1];
    char top_digits[10];
    int top_count = 0;
    do {
        top_digits[top_count++] = (char)('0' + top % 10);
        top /= 10;
    } while (top);
    while (top_count > 0)
        *cursor++ = top_digits[--top_count];
    for (int index = number.count - 2; index >= 0; index--) {
        uint32_t limb = number.limbs[index];
        for (int position = 8; position >= 0; position--) {
            cursor[position] = (char)('0' + limb % 10);
            limb /= 10;
        }
        cursor += 9;
    }
    int count = (int)(cursor - out->digits);
    out->exponent = count - 1 + scale;
    while (count > 1 && out->digits[count - 1] == '0')
        count--;
    out->count = count;
}

/* Keeps the first `keep` significant digits, rounding half to even. */
static void decimal_round(struct decimal *number, int keep) {
    if (keep >= number->count)
        return;
    if (keep < 0) {
        number->digits[0] = '0';
        number->count = 1;
        number->exponent = 0;
        return;
    }
    char next = number->digits[keep];
    int round_up;
    if (next != '5') {
        round_up = next > '5';
    } else {
        int beyond = number->count > keep + 1; /* trailing zeros were trimmed */
        int previous_odd = keep > 0 && ((number->digits[keep - 1] - '0') & 1);
        round_up = beyond || previous_odd;
    }
    number->count = keep;
    if (round_up) {
        int index = keep - 1;
        while (index >= 0 && number->digits[index] == '9')
            index--;
        if (index < 0) {
            number->digits[0] = '1';
            number->count = 1;
            number->exponent++;
        } else {
            number->digits[index]++;
            number->count = index + 1;
        }
    }
    while (number->count > 1 && number->digits[number->count - 1] == '0')
        number->count--;
    if (number->count == 0) {
        number->digits[0] = '0';
        number->count = 1;
        number->exponent = 0;
    }
}

/* Writes the digits with indices [from, to) of `number`, zeros outside it. */
static void emit_digits(struct sink *sink, const struct decimal *number, int from, int to) {
    while (from < to) {
        if (from < 0 || from >= number->count) {
            int stop = from < 0 ? (to < 0 ? to : 0) : to;
            sink_repeat(sink, '0', (size_t)(stop - from));
            from = stop;
        } else {
            int stop = to < number->count ? to : number->count;
            sink_write(sink, number->digits + from, (size_t)(stop - from));
            from = stop;
        }
    }
}

/* Writes the padding and prefix in front of a body of known length. */
static void pad_before(struct sink *sink, const struct spec *spec, const char *prefix, size_t prefix_length,
                       size_t body_length) {
    size_t total = prefix_length + body_length;
    size_t padding = spec->width > 0 && (size_t)spec->width > total ? (size_t)spec->width - total : 0;
    if (!spec->left_align && !spec->zero_pad)
        sink_repeat(sink, ' ', padding);
    sink_write(sink, prefix, prefix_length);
    if (!spec->left_align && spec->zero_pad)
        sink_repeat(sink, '0', padding);
}

static void pad_after(struct sink *sink, const struct spec *spec, size_t total) {
    if (spec->left_align && spec->width > 0 && (size_t)spec->width > total)
        sink_repeat(sink, ' ', (size_t)spec->width - total);
}

/* Fixed notation: integer digits, then `precision` fraction digits. */
static void emit_fixed(struct sink *sink, const struct spec *spec, const char *prefix, size_t prefix_length,
                       const struct decimal *number, int precision, int force_point) {
    int integer_digits = number->exponent >= 0 ? number->exponent + 1 : 1;
    int point = precision > 0 || force_point;
    size_t body = (size_t)integer_digits + (size_t)point + (size_t)precision;
    pad_before(sink, spec, prefix, prefix_length, body);
    if (number->exponent >= 0)
        emit_digits(sink, number, 0, number->exponent + 1);
    else
        sink_write(sink, "0", 1);
    if (point)
        sink_write(sink, ".", 1);
    /* Fraction digit i (1-based) is significant digit exponent + i. */
    emit_digits(sink, number, number->exponent + 1, number->exponent + 1 + precision);
    pad_after(sink, spec, prefix_length + body);
}

static void emit_exponential(struct sink *sink, const struct spec *spec, const char *prefix, size_t prefix_length,
                             const struct decimal *number, int precision, int force_point, int upper) {
    char exponent_text[8];
    int exponent = number->exponent;
    int exponent_length = 0;
    exponent_text[exponent_length++] = upper ? 'E' : 'e';
    exponent_text[exponent_length++] = exponent < 0 ? '-' : '+';
    unsigned magnitude = (unsigned)(exponent < 0 ? -exponent : exponent);
    char reversed[6];
    int reversed_length = 0;
    do {
        reversed[reversed_length++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (reversed_length < 2)
        reversed[reversed_length++] = '0';
    while (reversed_length > 0)
        exponent_text[exponent_length++] = reversed[--reversed_length];
    int point = precision > 0 || force_point;
    size_t body = 1 + (size_t)point + (size_t)precision + (size_t)exponent_length;
    pad_before(sink, spec, prefix, prefix_length, body);
    emit_digits(sink, number, 0, 1);
    if (point)
        sink_write(sink, ".", 1);
    emit_digits(sink, number, 1, 1 + precision);
    sink_write(sink, exponent_text, (size_t)exponent_length);
    pad_after(sink, spec, prefix_length + body);
}

/* Hexadecimal floating point (%a): 0x1.hhhp+e, subnormals as 0x0.hhhp-1022. */
static void emit_hex_float(struct sink *sink, const struct spec *spec, char *prefix, size_t prefix_length,
                           double value) {
    int upper = spec->conversion == 'A';
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    uint64_t mantissa = bits & ((1ULL << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7ff);
    unsigned leading = biased ? 1 : 0;
    int exponent = biased ? biased - 1023 : (mantissa ? -1022 : 0);
    int digits = 13; /* fraction digits held in `mantissa` */
    if (spec->precision >= 0 && spec->precision < 13) {
        int dropped = (13 - spec->precision) * 4;
        uint64_t remainder = mantissa & ((1ULL << dropped) - 1);
        uint64_t half = 1ULL << (dropped - 1);
        digits = spec->precision;
        mantissa >>= dropped;
        uint64_t last_digit_odd = digits ? (mantissa & 1) : (leading & 1);
        if (remainder > half || (remainder == half && last_digit_odd)) {
            mantissa++;
            if (mantissa >> (digits * 4)) {
                mantissa &= (1ULL << (digits * 4)) - 1;
                leading++;
            }
        }
    } else if (spec->precision < 0) {
        while (digits > 0 && (mantissa & 15) == 0) {
            mantissa >>= 4;
            digits--;
        }
    }
    int wanted = spec->precision < 0 ? digits : spec->precision;
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char text[20];
    size_t length = 0;
    text[length++] = (char)('0' + leading);
    if (wanted > 0 || spec->alternate)
        text[length++] = '.';
    for (int index = digits - 1; index >= 0; index--)
        text[length++] = alphabet[(mantissa >> (index * 4)) & 15];
    size_t trailing_zeros = wanted > digits ? (size_t)(wanted - digits) : 0;
    char exponent_text[12];
    int exponent_length = snprintf(exponent_text, sizeof exponent_text, "%c%+d", upper ? 'P' : 'p', exponent);
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = upper ? 'X' : 'x';
    size_t body = length + trailing_zeros + (size_t)exponent_length;
    pad_before(sink, spec, prefix, prefix_length, body);
    sink_write(sink, text, length);
    sink_repeat(sink, '0', trailing_zeros);
    sink_write(sink, exponent_text, (size_t)exponent_length);
    pad_after(sink, spec, prefix_length + body);
}

/* Converts the bits of an IEEE binary128 long double to the nearest double. */
static double double_from_quad(const void *quad) {
    uint64_t low, high;
    memcpy(&low, quad, 8);
    memcpy(&high, (const unsigned char *)quad + 8, 8);
    uint64_t sign = high >> 63;
    int exponent = (int)((high >> 48) & 0x7fff);
    uint64_t fraction_high = high & ((1ULL << 48) - 1); /* 48 of the 112 fraction bits */
    uint64_t result;
    if (exponent == 0x7fff) {
        int is_nan = (fraction_high | low) != 0;
        result = (sign << 63) | (0x7ffULL << 52) | (is_nan ? (1ULL << 51) : 0);
    } else {
        int unbiased = exponent - 16383;
        if (exponent == 0 || unbiased < -1075) {
            result = sign << 63; /* quad subnormals and tiny values underflow to zero */
        } else if (unbiased > 1023) {
            result = (sign << 63) | (0x7ffULL << 52);
        } else {
            /* 53 significant bits (with the implicit one) plus rounding bits. */
            uint64_t significand = (1ULL << 52) | (fraction_high << 4) | (low >> 60);
            uint64_t rest = low << 4; /* the 60 bits below */
            int shift = unbiased < -1022 ? -1022 - unbiased : 0;
            if (shift > 0) {
                rest = (rest >> 1) | (rest & 1);
                for (int step = 0; step < shift; step++) {
                    rest = (rest >> 1) | (rest & 1) | ((significand & 1) << 63);
                    significand >>= 1;
                }
            }
            if (rest > (1ULL << 63) || (rest == (1ULL << 63) && (significand & 1)))
                significand++;
            uint64_t biased = shift > 0 ? 0 : (uint64_t)(unbiased + 1023);
            result = (sign << 63) + (biased << 52) + (shift > 0 ? significand : significand - (1ULL << 52));
        }
    }
    double value;
    memcpy(&value, &result, sizeof value);
    return value;
}

static void format_float(struct sink *sink, struct spec *spec, double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63);
    char conversion = spec->conversion;
    int upper = conversion == 'F' || conversion == 'E' || conversion == 'G' || conversion == 'A';
    char prefix[4];
    size_t prefix_length = 0;
    if (negative)
        prefix[prefix_length++] = '-';
    else if (spec->plus_sign)
        prefix[prefix_length++] = '+';
    else if (spec->space_sign)
        prefix[prefix_length++] = ' ';
    if (((bits >> 52) & 0x7ff) == 0x7ff) {
        int is_nan = (bits & ((1ULL << 52) - 1)) != 0;
        const char *text = is_nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        spec->zero_pad = 0;
        emit_field(sink, spec, prefix, prefix_length, 0, text, 3);
        return;
    }
    if (spec->left_align)
        spec->zero_pad = 0;
    if (conversion == 'a' || conversion == 'A') {
        emit_hex_float(sink, spec, prefix, prefix_length, value);
        return;
    }
    double magnitude = negative ? -value : value;
    int precision = spec->precision < 0 ? 6 : spec->precision;
    struct decimal number;
    decimal_from_double(magnitude, &number);
    if (conversion == 'f' || conversion == 'F') {
        decimal_round(&number, number.exponent + 1 + precision);
        emit_fixed(sink, spec, prefix, prefix_length, &number, precision, spec->alternate);
    } else if (conversion == 'e' || conversion == 'E') {
        decimal_round(&number, precision + 1);
        emit_exponential(sink, spec, prefix, prefix_length, &number, precision, spec->alternate, upper);
    } else {
        int significant = precision == 0 ? 1 : precision;
        decimal_round(&number, significant);
        int exponent = number.exponent;
        int fixed = exponent < significant && exponent >= -4;
        int digits_after_point = fixed ? significant - 1 - exponent : significant - 1;
        if (!spec->alternate) {
            /* Drop trailing zeros: only the held significant digits remain. */
            int held = fixed ? number.count - 1 - exponent : number.count - 1;
            if (held < 0)
                held = 0;
            if (held < digits_after_point)
                digits_after_point = held;
        }
        if (fixed)
            emit_fixed(sink, spec, prefix, prefix_length, &number, digits_after_point, spec->alternate);
        else
            emit_exponential(sink, spec, prefix, prefix_length, &number, digits_after_point, spec->alternate,
                             upper);
    }
}

/* ---- strings and characters ----------------------------------------------- */

static void format_string(struct sink *sink, struct spec *spec, const char *text) {
    if (!text)
        text = spec->precision < 0 || spec->precision >= 6 ? "(null)" : "";
    size_t length = spec->precision >= 0 ? strnlen(text, (size_t)spec->precision) : strlen(text);
    spec->zero_pad = 0;
    emit_field(sink, spec, "", 0, 0, text, length);
}

static void format_wide_string(struct sink *sink, struct spec *spec, const int *text) {
    if (!text) {
        format_string(sink, spec, NULL);
        return;
    }
    size_t length = 0;
    while (text[length] && (spec->precision < 0 || length < (size_t)spec->precision))
        length++;
    size_t padding = spec->width > 0 && (size_t)spec->width > length ? (size_t)spec->width - length : 0;
    if (!spec->left_align)
        sink_repeat(sink, ' ', padding);
    for (size_t index = 0; index < length; index++) {
        char c = text[index] < 256 ? (char)text[index] : '?';
        sink_write(sink, &c, 1);
    }
    if (spec->left_align)
        sink_repeat(sink, ' ', padding);
}

/* ---- the engine ----------------------------------------------------------- */

static int parse_decimal(const char **cursor) {
    int value = 0;
    while (**cursor >= '0' && **cursor <= '9') {
        if (value < INT_MAX / 10)
            value = value * 10 + (**cursor - '0');
        else
            value = INT_MAX;
        (*cursor)++;
    }
    return value;
}

static void store_count(const struct spec *spec, void *target, size_t count) {
    switch (spec->length) {
    case LENGTH_HH: *(signed char *)target = (signed char)count; break;
    case LENGTH_H: *(short *)target = (short)count; break;
    case LENGTH_L: *(long *)target = (long)count; break;
    case LENGTH_LL: *(long long *)target = (long long)count; break;
    case LENGTH_J: *(intmax_t *)target = (intmax_t)count; break;
    case LENGTH_Z: *(size_t *)target = count; break;
    case LENGTH_T: *(ptrdiff_t *)target = (ptrdiff_t)count; break;
    default: *(int *)target = (int)count; break;
    }
}

static int format_engine(struct sink *sink, const char *format, va_list args) {
    const char *cursor = format;
    while (*cursor) {
        if (*cursor != '%') {
            const char *next = strchr(cursor, '%');
            size_t length = next ? (size_t)(next - cursor) : strlen(cursor);
            sink_write(sink, cursor, length);
            cursor += length;
            continue;
        }
        const char *start = cursor++;
        struct spec spec = {0, 0, 0, 0, 0, 0, -1, LENGTH_NONE, 0};
        for (;; cursor++) {
            if (*cursor == '-')
                spec.left_align = 1;
            else if (*cursor == '+')
                spec.plus_sign = 1;
            else if (*cursor == ' ')
                spec.space_sign = 1;
            else if (*cursor == '#')
                spec.alternate = 1;
            else if (*cursor == '0')
                spec.zero_pad = 1;
            else
                break;
        }
        if (*cursor == '*') {
            cursor++;
            int width = va_arg(args, int);
            if (width < 0) {
                spec.left_align = 1;
                width = width == INT_MIN ? INT_MAX : -width;
            }
            spec.width = width;
        } else {
            spec.width = parse_decimal(&cursor);
        }
        if (*cursor == '.') {
            cursor++;
            if (*cursor == '*') {
                cursor++;
                int precision = va_arg(args, int);
                spec.precision = precision < 0 ? -1 : precision;
            } else {
                spec.precision = parse_decimal(&cursor);
            }
        }
        switch (*cursor) {
        case 'h':
            cursor++;
            spec.length = LENGTH_H;
            if (*cursor == 'h') {
                cursor++;
                spec.length = LENGTH_HH;
            }
            break;
        case 'l':
            cursor++;
            spec.length = LENGTH_L;
            if (*cursor == 'l') {
                cursor++;
                spec.length = LENGTH_LL;
            }
            break;
        case 'q': cursor++; spec.length = LENGTH_LL; break;
        case 'j': cursor++; spec.length = LENGTH_J; break;
        case 'z': cursor++; spec.length = LENGTH_Z; break;
        case 't': cursor++; spec.length = LENGTH_T; break;
        case 'L': cursor++; spec.length = LENGTH_BIG_L; break;
        default: break;
        }
        spec.conversion = *cursor;
        if (*cursor)
            cursor++;
        if (spec.left_align)
            spec.zero_pad = 0;
        if (spec.plus_sign)
            spec.space_sign = 0;

        switch (spec.conversion) {
        case 'd':
        case 'i': {
            intmax_t value;
            switch (spec.length) {
            case LENGTH_HH: value = (signed char)va_arg(args, int); break;
            case LENGTH_H: value = (short)va_arg(args, int); break;
            case LENGTH_L: value = va_arg(args, long); break;
            case LENGTH_LL: value = va_arg(args, long long); break;
            case LENGTH_J: value = va_arg(args, intmax_t); break;
            case LENGTH_Z: value = va_arg(args, ssize_t); break;
            case LENGTH_T: value = va_arg(args, ptrdiff_t); break;
            default: value = va_arg(args, int); break;
            }
            uintmax_t magnitude = value < 0 ? 0 - (uintmax_t)value : (uintmax_t)value;
            format_integer(sink, &spec, magnitude, value < 0);
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            uintmax_t value;
            switch (spec.length) {
            case LENGTH_HH: value = (unsigned char)va_arg(args, unsigned); break;
            case LENGTH_H: value = (unsigned short)va_arg(args, unsigned); break;
            case LENGTH_L: value = va_arg(args, unsigned long); break;
            case LENGTH_LL: value = va_arg(args, unsigned long long); break;
            case LENGTH_J: value = va_arg(args, uintmax_t); break;
            case LENGTH_Z: value = va_arg(args, size_t); break;
            case LENGTH_T: value = (uintmax_t)va_arg(args, ptrdiff_t); break;
            default: value = va_arg(args, unsigned); break;
            }
            format_integer(sink, &spec, value, 0);
            break;
        }
        case 'p': {
            void *pointer = va_arg(args, void *);
            if (!pointer) {
                spec.zero_pad = 0;
                spec.precision = -1;
                emit_field(sink, &spec, "", 0, 0, "(nil)", 5);
            } else {
                format_integer(sink, &spec, (uintptr_t)pointer, 0);
            }
            break;
        }
        case 'c': {
            char c = (char)va_arg(args, int);
            spec.zero_pad = 0;
            emit_field(sink, &spec, "", 0, 0, &c, 1);
            break;
        }
        case 'C': {
            int wide = va_arg(args, int);
            char c = wide < 256 ? (char)wide : '?';
            spec.zero_pad = 0;
            emit_field(sink, &spec, "", 0, 0, &c, 1);
            break;
        }
        case 's':
            if (spec.length == LENGTH_L)
                format_wide_string(sink, &spec, va_arg(args, const int *));
            else
                format_string(sink, &spec, va_arg(args, const char *));
            break;
        case 'S':
            format_wide_string(sink, &spec, va_arg(args, const int *));
            break;
        case 'm':
            format_string(sink, &spec, strerror(errno));
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A': {
            double value;
            if (spec.length == LENGTH_BIG_L) {
                long double wide = va_arg(args, long double);
                value = double_from_quad(&wide);
            } else {
                value = va_arg(args, double);
            }
            format_float(sink, &spec, value);
            break;
        }
        case 'n':
            store_count(&spec, va_arg(args, void *), sink->produced);
            break;
        case '%':
            sink_write(sink, "%", 1);
            break;
        default:
            /* Unknown conversion: print it as written. */
            sink_write(sink, start, (size_t)(cursor - start));
            break;
        }
    }
    if (sink->failed)
        return -1;
    if (sink->produced > INT_MAX) {
        errno = EOVERFLOW;
        return -1;
    }
    return (int)sink->produced;
}

/* ---- buffer sinks --------------------------------------------------------- */

struct buffer_sink {
    struct sink base;
    char *buffer;
    size_t capacity; /* room for characters, excluding the NUL */
    size_t used;
};

static void buffer_write(struct sink *sink, const char *data, size_t length) {
    struct buffer_sink *buffer = (struct buffer_sink *)sink;
    size_t room = buffer->capacity - buffer->used;
    size_t piece = length < room ? length : room;
    memcpy(buffer->buffer + buffer->used, data, piece);
    buffer->used += piece;
}

int vsnprintf(char *buffer, size_t size, const char *format, va_list args) {
    char ignored;
    struct buffer_sink sink = {{buffer_write, 0, 0}, size ? buffer : &ignored, size ? size - 1 : 0, 0};
    int result = format_engine(&sink.base, format, args);
    if (size)
        buffer[sink.used] = '\0';
    return result;
}

int snprintf(char *buffer, size_t size, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vsnprintf(buffer, size, format, args);
    va_end(args);
    return result;
}

int vsprintf(char *buffer, const char *format, va_list args) {
    return vsnprintf(buffer, (size_t)INT_MAX + 1, format, args);
}

int sprintf(char *buffer, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vsprintf(buffer, format, args);
    va_end(args);
    return result;
}

struct growing_sink {
    struct sink base;
    char *buffer;
    size_t capacity;
    size_t used;
};

static void growing_write(struct sink *sink, const char *data, size_t length) {
    struct growing_sink *growing = (struct growing_sink *)sink;
    if (sink->failed)
        return;
    if (growing->used + length + 1 > growing->capacity) {
        size_t capacity = growing->capacity ? growing->capacity : 64;
        while (capacity < growing->used + length + 1)
            capacity *= 2;
        char *bigger = realloc(growing->buffer, capacity);
        if (!bigger) {
            sink->failed = 1;
            return;
        }
        growing->buffer = bigger;
        growing->capacity = capacity;
    }
    memcpy(growing->buffer + growing->used, data, length);
    growing->used += length;
}

int vasprintf(char **result, const char *format, va_list args) {
    struct growing_sink sink = {{growing_write, 0, 0}, malloc(64), 64, 0};
    if (!sink.buffer) {
        *result = NULL;
        return -1;
    }
    int length = format_engine(&sink.base, format, args);
    if (length < 0) {
        free(sink.buffer);
        *result = NULL;
        return -1;
    }
    sink.buffer[sink.used] = '\0';
    *result = sink.buffer;
    return length;
}

int asprintf(char **result, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int length = vasprintf(result, format, args);
    va_end(args);
    return length;
}

/* ---- stream and descriptor sinks ------------------------------------------ */

/* Collects output in a local buffer so that even an unbuffered stream gets
 * one write per printf call rather than one per piece. */
struct stream_sink {
    struct sink base;
    FILE *stream;
    int fd; /* used when stream is NULL */
    size_t used;
    char buffer[512];
};

static void stream_drain(struct stream_sink *sink) {
    if (sink->used == 0 || sink->base.failed)
        return;
    if (sink->stream) {
        if (__wasmos_stream_write(sink->stream, sink->buffer, sink->used) != sink->used)
            sink->base.failed = 1;
    } else {
        size_t done = 0;
        while (done < sink->used) {
            int written = wasmos_write(sink->fd, sink->buffer + done, (unsigned)(sink->used - done));
            if (written <= 0) {
                errno = written < 0 ? -written : EIO;
                sink->base.failed = 1;
                break;
            }
            done += (size_t)written;
        }
    }
    sink->used = 0;
}

static void stream_write(struct sink *sink, const char *data, size_t length) {
    struct stream_sink *stream = (struct stream_sink *)sink;
    while (length > 0) {
        if (stream->used == sizeof stream->buffer)
            stream_drain(stream);
        size_t room = sizeof stream->buffer - stream->used;
        size_t piece = length < room ? length : room;
        memcpy(stream->buffer + stream->used, data, piece);
        stream->used += piece;
        data += piece;
        length -= piece;
    }
}

int vfprintf(FILE *stream, const char *format, va_list args) {
    struct stream_sink sink;
    sink.base.write = stream_write;
    sink.base.produced = 0;
    sink.base.failed = 0;
    sink.stream = stream;
    sink.fd = -1;
    sink.used = 0;
    int result = format_engine(&sink.base, format, args);
    stream_drain(&sink);
    return sink.base.failed ? -1 : result;
}

int fprintf(FILE *stream, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vfprintf(stream, format, args);
    va_end(args);
    return result;
}

int vprintf(const char *format, va_list args) {
    return vfprintf(stdout, format, args);
}

int printf(const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vfprintf(stdout, format, args);
    va_end(args);
    return result;
}

int vdprintf(int fd, const char *format, va_list args) {
    struct stream_sink sink;
    sink.base.write = stream_write;
    sink.base.produced = 0;
    sink.base.failed = 0;
    sink.stream = NULL;
    sink.fd = fd;
    sink.used = 0;
    int result = format_engine(&sink.base, format, args);
    stream_drain(&sink);
    return sink.base.failed ? -1 : result;
}

int dprintf(int fd, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vdprintf(fd, format, args);
    va_end(args);
    return result;
}
