/* iconv.c: conversion through Unicode code points: each step decodes one
 * character of the source encoding and encodes it in the target, so that
 * on any error the pointers stop at the start of the character concerned.
 *
 * Encodings (names compared without regard to case):
 *   UTF-8, UTF8
 *   UTF-16LE, UTF-16BE, and UTF-16: reading, a byte order mark at the start
 *     picks the order (little-endian without one); writing, little-endian
 *     after a mark (glibc's behaviour)
 *   UTF-32LE, UTF-32BE, UTF-32 (the same), UCS-4 (big-endian), UCS-4LE,
 *     UCS-4BE, WCHAR_T (little-endian, no mark)
 *   UCS-2 (little-endian), UCS-2LE, UCS-2BE: UTF-16 without surrogates
 *   ASCII, US-ASCII, ANSI_X3.4-1968, 646, and "" (the C locale's)
 *   ISO-8859-1, ISO8859-1, ISO_8859-1, LATIN1, L1
 *   WINDOWS-1252, CP1252
 * Malformed input is EILSEQ: in UTF-8 overlong forms, surrogates and values
 * above U+10FFFF, a stray continuation byte; in UTF-16 an unpaired
 * surrogate. Input that ends inside a character whose bytes are valid so
 * far is EINVAL. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum encoding {
    UTF8,
    UTF16,
    UTF32,
    UCS2,
    ASCII,
    LATIN1,
    CP1252,
};

enum byte_order { ORDER_FROM_MARK, LITTLE, BIG };

struct charset {
    enum encoding encoding;
    enum byte_order order; /* for UTF-16, UTF-32, UCS-2 */
    int mark;              /* UTF-16 and UTF-32: a byte order mark */
};

struct converter {
    struct charset from, to;
    int translit, ignore;
    enum byte_order reading; /* the source's order, once a mark has decided it */
    int mark_written;
};

static const struct {
    const char *name;
    struct charset charset;
} names[] = {
    {"UTF-8", {UTF8, LITTLE, 0}},
    {"UTF8", {UTF8, LITTLE, 0}},
    {"UTF-16", {UTF16, ORDER_FROM_MARK, 1}},
    {"UTF-16LE", {UTF16, LITTLE, 0}},
    {"UTF-16BE", {UTF16, BIG, 0}},
    {"UTF-32", {UTF32, ORDER_FROM_MARK, 1}},
    {"UTF-32LE", {UTF32, LITTLE, 0}},
    {"UTF-32BE", {UTF32, BIG, 0}},
    {"UCS-4", {UTF32, BIG, 0}},
    {"UCS-4LE", {UTF32, LITTLE, 0}},
    {"UCS-4BE", {UTF32, BIG, 0}},
    {"WCHAR_T", {UTF32, LITTLE, 0}},
    {"UCS-2", {UCS2, LITTLE, 0}},
    {"UCS-2LE", {UCS2, LITTLE, 0}},
    {"UCS-2BE", {UCS2, BIG, 0}},
    {"ASCII", {ASCII, LITTLE, 0}},
    {"US-ASCII", {ASCII, LITTLE, 0}},
    {"ANSI_X3.4-1968", {ASCII, LITTLE, 0}},
    {"646", {ASCII, LITTLE, 0}},
    {"", {ASCII, LITTLE, 0}},
    {"ISO-8859-1", {LATIN1, LITTLE, 0}},
    {"ISO8859-1", {LATIN1, LITTLE, 0}},
    {"ISO_8859-1", {LATIN1, LITTLE, 0}},
    {"LATIN1", {LATIN1, LITTLE, 0}},
    {"L1", {LATIN1, LITTLE, 0}},
    {"WINDOWS-1252", {CP1252, LITTLE, 0}},
    {"CP1252", {CP1252, LITTLE, 0}},
};

/* Windows-1252's bytes 0x80-0x9F (0: undefined). */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* Finds the charset `name` (up to `length` bytes); 0 if unknown. */
static int find_charset(const char *name, size_t length, struct charset *charset) {
    for (size_t index = 0; index < sizeof names / sizeof names[0]; index++) {
        if (strlen(names[index].name) == length && strncasecmp(names[index].name, name, length) == 0) {
            *charset = names[index].charset;
            return 1;
        }
    }
    return 0;
}

/* Reads "NAME" or "NAME//SUFFIX//..." into a charset and the suffixes' flags. */
static int parse_name(const char *name, struct charset *charset, int *translit, int *ignore) {
    const char *suffix = strstr(name, "//");
    size_t length = suffix ? (size_t)(suffix - name) : strlen(name);
    if (!find_charset(name, length, charset))
        return 0;
    while (suffix) {
        suffix += 2;
        const char *next = strstr(suffix, "//");
        size_t size = next ? (size_t)(next - suffix) : strlen(suffix);
        if (size == 8 && strncasecmp(suffix, "TRANSLIT", 8) == 0)
            *translit = 1;
        else if (size == 6 && strncasecmp(suffix, "IGNORE", 6) == 0)
            *ignore = 1;
        suffix = next;
    }
    return 1;
}

iconv_t iconv_open(const char *to, const char *from) {
    struct converter *converter = calloc(1, sizeof *converter);
    if (!converter)
        return (iconv_t)-1;
    int from_translit = 0, from_ignore = 0;
    if (!to || !from || !parse_name(to, &converter->to, &converter->translit, &converter->ignore) ||
        !parse_name(from, &converter->from, &from_translit, &from_ignore)) {
        free(converter);
        errno = EINVAL;
        return (iconv_t)-1;
    }
    converter->reading = converter->from.order;
    return converter;
}

int iconv_close(iconv_t handle) {
    if (handle == (iconv_t)-1 || !handle) {
        errno = EBADF;
        return -1;
    }
    free(handle);
    return 0;
}

/* ---- decoding --------------------------------------------------------------- */

#define NO_CHARACTER (-1L) /* a byte order mark was read */
#define INCOMPLETE (-2)
#define INVALID (-3)

static uint32_t read_unit(const unsigned char *bytes, int size, enum byte_order order) {
    uint32_t value = 0;
    for (int index = 0; index < size; index++) {
        int shift = order == BIG ? (size - 1 - index) * 8 : index * 8;
        value |= (uint32_t)bytes[index] << shift;
    }
    return value;
}

static int decode_utf8(const unsigned char *in, size_t left, long *character) {
    unsigned lead = in[0];
    if (lead < 0x80) {
        *character = lead;
        return 1;
    }
    if (lead < 0xc0 || lead >= 0xfe)
        return INVALID;
    int length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf8 ? 4 : lead < 0xfc ? 5 : 6;
    for (int index = 1; index < length && (size_t)index < left; index++) {
        if ((in[index] & 0xc0) != 0x80)
            return INVALID;
    }
    if (left < (size_t)length)
        return INCOMPLETE; /* so far a valid beginning */
    if (length > 4)
        return INVALID;
    uint32_t value = lead & (0x7f >> length);
    for (int index = 1; index < length; index++)
        value = value << 6 | (in[index] & 0x3f);
    static const uint32_t smallest[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < smallest[length] || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return INVALID;
    *character = (long)value;
    return length;
}

/* One character from the input: its byte count (with *character, or
 * NO_CHARACTER for a byte order mark), INCOMPLETE or INVALID. */
static int decode(struct converter *converter, const unsigned char *in, size_t left, long *character) {
    struct charset *from = &converter->from;
    switch (from->encoding) {
    case UTF8: return decode_utf8(in, left, character);
    case ASCII:
        if (in[0] >= 0x80)
            return INVALID;
        *character = in[0];
        return 1;
    case LATIN1: *character = in[0]; return 1;
    case CP1252:
        if (in[0] >= 0x80 && in[0] < 0xa0) {
            if (!cp1252_high[in[0] - 0x80])
                return INVALID;
            *character = cp1252_high[in[0] - 0x80];
        } else {
            *character = in[0];
        }
        return 1;
    case UTF32: {
        if (left < 4)
            return INCOMPLETE;
        if (from->mark && converter->reading == ORDER_FROM_MARK) {
            if (read_unit(in, 4, LITTLE) == 0xfeff || read_unit(in, 4, BIG) == 0xfeff) {
                converter->reading = read_unit(in, 4, LITTLE) == 0xfeff ? LITTLE : BIG;
                *character = NO_CHARACTER;
                return 4;
            }
            converter->reading = LITTLE;
        }
        uint32_t value = read_unit(in, 4, converter->reading);
        if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return INVALID;
        *character = (long)value;
        return 4;
    }
    case UTF16:
    case UCS2: {
        if (left < 2)
            return INCOMPLETE;
        if (from->mark && converter->reading == ORDER_FROM_MARK) {
            uint32_t first = read_unit(in, 2, LITTLE);
            if (first == 0xfeff || first == 0xfffe) {
                converter->reading = first == 0xfeff ? LITTLE : BIG;
                *character = NO_CHARACTER;
                return 2;
            }
            converter->reading = LITTLE;
        }
        uint32_t unit = read_unit(in, 2, converter->reading);
        if (unit < 0xd800 || unit > 0xdfff) {
            *character = (long)unit;
            return 2;
        }
        if (from->encoding == UCS2 || unit >= 0xdc00)
            return INVALID;
        if (left < 4)
            return INCOMPLETE;
        uint32_t low = read_unit(in + 2, 2, converter->reading);
        if (low < 0xdc00 || low > 0xdfff)
            return INVALID;
        *character = (long)(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
        return 4;
    }
    }
    return INVALID;
}

/* ---- encoding --------------------------------------------------------------- */

#define NO_ROOM (-1)
#define UNREPRESENTABLE (-2)
/* A byte order mark of n bytes was written, and not yet the character:
 * encode returns -n - MARK_ONLY. */
#define MARK_ONLY 100

static void write_unit(unsigned char *out, uint32_t value, int size, enum byte_order order) {
    for (int index = 0; index < size; index++) {
        int shift = order == BIG ? (size - 1 - index) * 8 : index * 8;
        out[index] = (unsigned char)(value >> shift);
    }
}

/* Writes `character`, or the byte order mark if one is due: the byte
 * count, NO_ROOM, UNREPRESENTABLE, or -n - MARK_ONLY for a mark of n bytes. */
static int encode(struct converter *converter, uint32_t character, unsigned char *out, size_t room) {
    struct charset *to = &converter->to;
    switch (to->encoding) {
    case UTF8: {
        int length = character < 0x80 ? 1 : character < 0x800 ? 2 : character < 0x10000 ? 3 : 4;
        if (room < (size_t)length)
            return NO_ROOM;
        if (length == 1) {
            out[0] = (unsigned char)character;
        } else {
            static const unsigned char leads[5] = {0, 0, 0xc0, 0xe0, 0xf0};
            for (int index = length - 1; index > 0; index--) {
                out[index] = (unsigned char)(0x80 | (character & 0x3f));
                character >>= 6;
            }
            out[0] = (unsigned char)(leads[length] | character);
        }
        return length;
    }
    case ASCII:
    case LATIN1:
    case CP1252: {
        unsigned limit = to->encoding == ASCII ? 0x80 : 0x100;
        long byte = -1;
        if (character < limit && !(to->encoding == CP1252 && character >= 0x80 && character < 0xa0))
            byte = (long)character;
        for (int index = 0; to->encoding == CP1252 && byte < 0 && index < 32; index++) {
            if (cp1252_high[index] && cp1252_high[index] == character)
                byte = 0x80 + index;
        }
        if (byte < 0)
            return UNREPRESENTABLE;
        if (room < 1)
            return NO_ROOM;
        out[0] = (unsigned char)byte;
        return 1;
    }
    case UTF16:
    case UCS2:
    case UTF32: {
        int unit = to->encoding == UTF32 ? 4 : 2;
        enum byte_order order = to->order == ORDER_FROM_MARK ? LITTLE : to->order;
        int pair = to->encoding == UTF16 && character >= 0x10000;
        if (to->encoding == UCS2 && character >= 0x10000)
            return UNREPRESENTABLE;
        if (to->mark && !converter->mark_written) {
            /* The mark goes out on its own, even if the character then does not fit (as in glibc). */
            if (room < (size_t)unit)
                return NO_ROOM;
            write_unit(out, 0xfeff, unit, order);
            converter->mark_written = 1;
            return -unit - MARK_ONLY;
        }
        size_t needed = (size_t)unit * (pair ? 2 : 1);
        if (room < needed)
            return NO_ROOM;
        if (pair) {
            character -= 0x10000;
            write_unit(out, 0xd800 + (character >> 10), 2, order);
            write_unit(out + 2, 0xdc00 + (character & 0x3ff), 2, order);
        } else {
            write_unit(out, character, unit, order);
        }
        return (int)needed;
    }
    }
    return UNREPRESENTABLE;
}

size_t iconv(iconv_t handle, char **restrict input, size_t *restrict input_left, char **restrict output,
             size_t *restrict output_left) {
    struct converter *converter = handle;
    if (handle == (iconv_t)-1 || !handle) {
        errno = EBADF;
        return (size_t)-1;
    }
    if (!input || !*input) {
        /* Back to the initial state; none of our encodings needs a closing sequence. */
        converter->reading = converter->from.order;
        converter->mark_written = 0;
        return 0;
    }
    const unsigned char *in = (const unsigned char *)*input;
    unsigned char *out = output && *output ? (unsigned char *)*output : NULL;
    size_t in_left = *input_left, out_left = out ? *output_left : 0;
    size_t irreversible = 0;
    int skipped = 0, error = 0;
    while (in_left > 0) {
        long character;
        int consumed = decode(converter, in, in_left, &character);
        if (consumed == INCOMPLETE) {
            error = EINVAL;
            break;
        }
        if (consumed == INVALID) {
            if (converter->ignore) {
                in++;
                in_left--;
                skipped = 1;
                continue;
            }
            error = EILSEQ;
            break;
        }
        if (character != NO_CHARACTER) {
            int written = encode(converter, (uint32_t)character, out, out_left);
            if (written <= -MARK_ONLY) {
                out += -written - MARK_ONLY;
                out_left -= (size_t)(-written - MARK_ONLY);
                written = encode(converter, (uint32_t)character, out, out_left);
            }
            if (written == UNREPRESENTABLE && converter->translit) {
                written = encode(converter, '?', out, out_left);
                if (written > 0)
                    irreversible++;
            } else if (written == UNREPRESENTABLE && converter->ignore) {
                written = 0;
                skipped = 1;
            }
            if (written == NO_ROOM) {
                error = E2BIG;
                break;
            }
            if (written == UNREPRESENTABLE) {
                error = EILSEQ;
                break;
            }
            out += written;
            out_left -= (size_t)written;
        }
        in += consumed;
        in_left -= (size_t)consumed;
    }
    *input = (char *)in;
    *input_left = in_left;
    if (out) {
        *output = (char *)out;
        *output_left = out_left;
    }
    if (!error && skipped)
        error = EILSEQ; /* //IGNORE still reports that something was left out */
    if (error) {
        errno = error;
        return (size_t)-1;
    }
    return irreversible;
}
