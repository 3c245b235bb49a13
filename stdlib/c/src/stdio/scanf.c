/* scanf.c: the scanf family. One engine reads from an input that is either a
 * string or a stream; numbers are collected character by character (so a
 * stream needs to give back only one character) and then converted with
 * strtoll/strtoull/strtod. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct scan_input {
    const char *string; /* string input, or NULL */
    FILE *stream;       /* stream input */
    size_t consumed;
};

static int input_get(struct scan_input *input) {
    int c;
    if (input->string) {
        c = *input->string ? (unsigned char)*input->string++ : EOF;
    } else {
        c = fgetc(input->stream);
    }
    if (c != EOF)
        input->consumed++;
    return c;
}

static void input_unget(struct scan_input *input, int c) {
    if (c == EOF)
        return;
    input->consumed--;
    if (input->string)
        input->string--;
    else
        ungetc(c, input->stream);
}

static int input_peek(struct scan_input *input) {
    int c = input_get(input);
    input_unget(input, c);
    return c;
}

static void skip_space(struct scan_input *input) {
    int c;
    do
        c = input_get(input);
    while (c != EOF && isspace(c));
    input_unget(input, c);
}

enum scan_length { SCAN_DEFAULT, SCAN_HH, SCAN_H, SCAN_L, SCAN_LL, SCAN_J, SCAN_Z, SCAN_T, SCAN_BIG_L };

/* Text of a number being collected, bounded by the field width. */
struct token {
    char text[512];
    size_t length;
    size_t limit;
};

static int token_take(struct token *token, struct scan_input *input, int c) {
    if (token->length >= token->limit || token->length >= sizeof token->text - 1) {
        input_unget(input, c);
        return 0;
    }
    token->text[token->length++] = (char)c;
    return 1;
}

static int digit_in_base(int c, int base) {
    int value = isdigit(c) ? c - '0' : isalpha(c) ? (c | 32) - 'a' + 10 : 99;
    return value < base;
}

/* Collects an integer in `base` (0: detect); returns the base used, 0 on failure. */
static int collect_integer(struct token *token, struct scan_input *input, int base) {
    int c = input_get(input);
    if (c == '+' || c == '-') {
        if (!token_take(token, input, c))
            return 0;
        c = input_get(input);
    }
    if (c == '0' && (base == 0 || base == 16)) {
        if (!token_take(token, input, c))
            return base ? base : 8;
        int next = input_get(input);
        if ((next | 32) == 'x') {
            if (!token_take(token, input, next))
                return base ? base : 8;
            base = 16;
            c = input_get(input);
        } else {
            if (base == 0)
                base = 8;
            c = next;
        }
    } else if (base == 0) {
        base = 10;
    }
    int digits = token->length > 0 && token->text[token->length - 1] == '0';
    while (c != EOF && digit_in_base(c, base)) {
        if (!token_take(token, input, c))
            return digits ? base : 0;
        digits = 1;
        c = input_get(input);
    }
    input_unget(input, c);
    return digits ? base : 0;
}

static int collect_word(struct token *token, struct scan_input *input, const char *word) {
    for (; *word; word++) {
        int c = input_get(input);
        if (c == EOF || tolower(c) != *word) {
            input_unget(input, c);
            return 0;
        }
        if (!token_take(token, input, c))
            return 0;
    }
    return 1;
}

static int collect_float(struct token *token, struct scan_input *input) {
    int c = input_get(input);
    if (c == '+' || c == '-') {
        if (!token_take(token, input, c))
            return 0;
        c = input_get(input);
    }
    if (c != EOF && (c | 32) == 'i') {
        input_unget(input, c);
        if (!collect_word(token, input, "inf"))
            return 0;
        if ((input_peek(input) | 32) == 'i')
            collect_word(token, input, "inity");
        return 1;
    }
    if (c != EOF && (c | 32) == 'n') {
        input_unget(input, c);
        return collect_word(token, input, "nan");
    }
    int hex = 0, digits = 0;
    if (c == '0') {
        if (!token_take(token, input, c))
            return 1;
        digits = 1;
        c = input_get(input);
        if ((c | 32) == 'x') {
            if (!token_take(token, input, c))
                return 1;
            hex = 1;
            c = input_get(input);
        }
    }
    int seen_point = 0;
    for (;; c = input_get(input)) {
        if (c == '.' && !seen_point) {
            seen_point = 1;
        } else if (c != EOF && (hex ? isxdigit(c) : isdigit(c))) {
            digits = 1;
        } else {
            break;
        }
        if (!token_take(token, input, c))
            return digits;
    }
    if (digits && c != EOF && (c | 32) == (hex ? 'p' : 'e')) {
        if (!token_take(token, input, c))
            return 1;
        c = input_get(input);
        if (c == '+' || c == '-') {
            if (!token_take(token, input, c))
                return 1;
            c = input_get(input);
        }
        while (c != EOF && isdigit(c)) {
            if (!token_take(token, input, c))
                return 1;
            c = input_get(input);
        }
    }
    input_unget(input, c);
    return digits;
}

static void store_signed(void *target, enum scan_length length, long long value) {
    switch (length) {
    case SCAN_HH: *(signed char *)target = (signed char)value; break;
    case SCAN_H: *(short *)target = (short)value; break;
    case SCAN_L: *(long *)target = (long)value; break;
    case SCAN_LL: *(long long *)target = value; break;
    case SCAN_J: *(intmax_t *)target = value; break;
    case SCAN_Z: *(size_t *)target = (size_t)value; break;
    case SCAN_T: *(ptrdiff_t *)target = (ptrdiff_t)value; break;
    default: *(int *)target = (int)value; break;
    }
}

/* Stores a double into a long double (IEEE binary128 on wasm32) bit by bit,
 * which needs no compiler-rt helper. The conversion is exact. */
static void store_quad(long double *target, double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    uint64_t sign = bits >> 63;
    int exponent = (int)((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((1ULL << 52) - 1);
    uint64_t high, low;
    if (exponent == 0x7ff) {
        high = (sign << 63) | (0x7fffULL << 48) | (fraction >> 4);
        low = fraction << 60;
    } else if (exponent == 0 && fraction == 0) {
        high = sign << 63;
        low = 0;
    } else {
        int unbiased = exponent - 1023;
        if (exponent == 0) {
            /* Subnormal double: normalize (every double is normal as a quad). */
            unbiased = -1022;
            while (!(fraction & (1ULL << 52))) {
                fraction <<= 1;
                unbiased--;
            }
            fraction &= (1ULL << 52) - 1;
        }
        high = (sign << 63) | ((uint64_t)(unbiased + 16383) << 48) | (fraction >> 4);
        low = fraction << 60;
    }
    unsigned char *bytes = (unsigned char *)target;
    memcpy(bytes, &low, 8);
    memcpy(bytes + 8, &high, 8);
}

/* Builds the 256-entry membership table of a %[...] scanset; returns the
 * format position after the closing bracket, or NULL if it is malformed. */
static const char *parse_scanset(const char *format, unsigned char *members) {
    int invert = 0;
    if (*format == '^') {
        invert = 1;
        format++;
    }
    memset(members, 0, 256);
    if (*format == ']') {
        members[']'] = 1;
        format++;
    }
    for (; *format && *format != ']'; format++) {
        if (format[1] == '-' && format[2] && format[2] != ']') {
            for (int c = (unsigned char)format[0]; c <= (unsigned char)format[2]; c++)
                members[c] = 1;
            format += 2;
        } else {
            members[(unsigned char)*format] = 1;
        }
    }
    if (*format != ']')
        return NULL;
    if (invert) {
        for (int c = 0; c < 256; c++)
            members[c] = !members[c];
    }
    return format + 1;
}

static int scan_engine(struct scan_input *input, const char *format, va_list args) {
    int assigned = 0;
    int converted_any = 0;
    while (*format) {
        if (isspace((unsigned char)*format)) {
            skip_space(input);
            format++;
            continue;
        }
        if (*format != '%' || format[1] == '%') {
            if (*format == '%') {
                format++;
                skip_space(input);
            }
            int c = input_get(input);
            if (c != (unsigned char)*format) {
                input_unget(input, c);
                return c == EOF && !converted_any ? EOF : assigned;
            }
            format++;
            continue;
        }
        format++;
        int suppress = 0;
        if (*format == '*') {
            suppress = 1;
            format++;
        }
        size_t width = 0;
        while (isdigit((unsigned char)*format))
            width = width * 10 + (size_t)(*format++ - '0');
        enum scan_length length = SCAN_DEFAULT;
        switch (*format) {
        case 'h':
            format++;
            length = SCAN_H;
            if (*format == 'h') {
                format++;
                length = SCAN_HH;
            }
            break;
        case 'l':
            format++;
            length = SCAN_L;
            if (*format == 'l') {
                format++;
                length = SCAN_LL;
            }
            break;
        case 'q': format++; length = SCAN_LL; break;
        case 'j': format++; length = SCAN_J; break;
        case 'z': format++; length = SCAN_Z; break;
        case 't': format++; length = SCAN_T; break;
        case 'L': format++; length = SCAN_BIG_L; break;
        default: break;
        }
        char conversion = *format;
        if (!conversion)
            break;
        format++;

        if (conversion == 'n') {
            if (!suppress)
                store_signed(va_arg(args, void *), length, (long long)input->consumed);
            continue;
        }
        if (conversion != 'c' && conversion != '[')
            skip_space(input);
        if (input_peek(input) == EOF)
            return converted_any ? assigned : EOF;

        struct token token;
        token.length = 0;
        token.limit = width ? width : (size_t)-1;
        switch (conversion) {
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'p': {
            int base = conversion == 'd' || conversion == 'u' ? 10 : conversion == 'i' ? 0 : conversion == 'o' ? 8 : 16;
            int used_base = collect_integer(&token, input, base);
            if (!used_base)
                return assigned;
            token.text[token.length] = '\0';
            converted_any = 1;
            if (suppress)
                break;
            if (conversion == 'p') {
                *va_arg(args, void **) = (void *)(uintptr_t)strtoull(token.text, NULL, 16);
            } else if (conversion == 'd' || conversion == 'i') {
                store_signed(va_arg(args, void *), length, strtoll(token.text, NULL, used_base));
            } else {
                store_signed(va_arg(args, void *), length, (long long)strtoull(token.text, NULL, used_base));
            }
            assigned++;
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A': {
            if (!collect_float(&token, input))
                return assigned;
            token.text[token.length] = '\0';
            converted_any = 1;
            if (suppress)
                break;
            double value = strtod(token.text, NULL);
            if (length == SCAN_L)
                *va_arg(args, double *) = value;
            else if (length == SCAN_BIG_L)
                store_quad(va_arg(args, long double *), value);
            else
                *va_arg(args, float *) = (float)value;
            assigned++;
            break;
        }
        case 's': {
            char *target = suppress ? NULL : va_arg(args, char *);
            size_t count = 0;
            int c;
            while (count < token.limit && (c = input_get(input)) != EOF) {
                if (isspace(c)) {
                    input_unget(input, c);
                    break;
                }
                if (target)
                    target[count] = (char)c;
                count++;
            }
            if (count == 0)
                return assigned;
            if (target) {
                target[count] = '\0';
                assigned++;
            }
            converted_any = 1;
            break;
        }
        case 'c': {
            char *target = suppress ? NULL : va_arg(args, char *);
            size_t wanted = width ? width : 1, count = 0;
            int c;
            while (count < wanted && (c = input_get(input)) != EOF) {
                if (target)
                    target[count] = (char)c;
                count++;
            }
            if (count < wanted)
                return converted_any || count ? assigned : EOF;
            if (target)
                assigned++;
            converted_any = 1;
            break;
        }
        case '[': {
            unsigned char members[256];
            const char *after = parse_scanset(format, members);
            if (!after)
                return assigned;
            format = after;
            char *target = suppress ? NULL : va_arg(args, char *);
            size_t count = 0;
            int c;
            while (count < token.limit && (c = input_get(input)) != EOF) {
                if (!members[c]) {
                    input_unget(input, c);
                    break;
                }
                if (target)
                    target[count] = (char)c;
                count++;
            }
            if (count == 0)
                return assigned;
            if (target) {
                target[count] = '\0';
                assigned++;
            }
            converted_any = 1;
            break;
        }
        default:
            return assigned;
        }
    }
    return assigned;
}

int vsscanf(const char *string, const char *format, va_list args) {
    struct scan_input input = {string, NULL, 0};
    return scan_engine(&input, format, args);
}

int sscanf(const char *string, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vsscanf(string, format, args);
    va_end(args);
    return result;
}

int vfscanf(FILE *stream, const char *format, va_list args) {
    struct scan_input input = {NULL, stream, 0};
    return scan_engine(&input, format, args);
}

int fscanf(FILE *stream, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vfscanf(stream, format, args);
    va_end(args);
    return result;
}

int vscanf(const char *format, va_list args) {
    return vfscanf(stdin, format, args);
}

int scanf(const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = vfscanf(stdin, format, args);
    va_end(args);
    return result;
}
