/* compare.c: sort's comparison of two lines, key by key as GNU sort does in
 * the C locale: fields, character offsets, -b -d -f -i -n -r, then the whole
 * lines byte by byte as a last resort. */
#include <ctype.h>
#include <string.h>

#include "sort.h"

struct order order;

static int is_blank(unsigned char c) {
    return c == ' ' || c == '\t';
}

int key_has_options(const struct key *key) {
    return key->skip_start_blanks || key->skip_end_blanks || key->numeric || key->fold || key->reverse ||
           key->ignored != IGNORE_NONE;
}

/* Moves past `count` fields from `at`: up to and past the separator, or over
 * a run of blanks and then of non-blanks. */
static const char *skip_fields(const char *at, const char *end, size_t count) {
    for (; count > 0 && at < end; count--) {
        if (order.separator >= 0) {
            while (at < end && (unsigned char)*at != order.separator)
                at++;
            if (at < end)
                at++;
        } else {
            while (at < end && is_blank((unsigned char)*at))
                at++;
            while (at < end && !is_blank((unsigned char)*at))
                at++;
        }
    }
    return at;
}

static const char *skip_blanks(const char *at, const char *end) {
    while (at < end && is_blank((unsigned char)*at))
        at++;
    return at;
}

/* Advances `count` characters, stopping at `end`. */
static const char *advance(const char *at, const char *end, size_t count) {
    return (size_t)(end - at) < count ? end : at + count;
}

static const char *key_start(const struct line *line, const struct key *key) {
    const char *end = line->text + line->length;
    const char *at = skip_fields(line->text, end, key->start_field - 1);
    if (key->skip_start_blanks)
        at = skip_blanks(at, end);
    return advance(at, end, key->start_char - 1);
}

static const char *key_end(const struct line *line, const struct key *key) {
    const char *end = line->text + line->length;
    if (key->end_field == 0)
        return end;
    const char *at = skip_fields(line->text, end, key->end_field - 1);
    if (key->end_char == 0) {
        /* The end of the field itself, its separator excluded. */
        if (order.separator >= 0) {
            while (at < end && (unsigned char)*at != order.separator)
                at++;
        } else {
            at = skip_fields(at, end, 1);
        }
        return at;
    }
    if (key->skip_end_blanks)
        at = skip_blanks(at, end);
    return advance(at, end, key->end_char);
}

/* A number as -n reads it: optional '-', digits, optional '.' and digits.
 * Leading integer zeros and trailing fraction zeros are dropped. */
struct number {
    int negative;
    const char *integer;
    size_t integer_length;
    const char *fraction;
    size_t fraction_length;
};

static struct number read_number(const char *at, const char *end) {
    struct number number = {0, NULL, 0, NULL, 0};
    at = skip_blanks(at, end);
    if (at < end && *at == '-') {
        number.negative = 1;
        at++;
    }
    while (at < end && *at == '0')
        at++;
    number.integer = at;
    while (at < end && isdigit((unsigned char)*at))
        at++;
    number.integer_length = (size_t)(at - number.integer);
    number.fraction = at;
    if (at < end && *at == '.') {
        number.fraction = ++at;
        while (at < end && isdigit((unsigned char)*at))
            at++;
        number.fraction_length = (size_t)(at - number.fraction);
        while (number.fraction_length > 0 && number.fraction[number.fraction_length - 1] == '0')
            number.fraction_length--;
    }
    if (number.integer_length == 0 && number.fraction_length == 0)
        number.negative = 0; /* -0 is 0 */
    return number;
}

/* Compares the magnitudes of two numbers. */
static int compare_magnitudes(const struct number *a, const struct number *b) {
    if (a->integer_length != b->integer_length)
        return a->integer_length < b->integer_length ? -1 : 1;
    int difference = memcmp(a->integer, b->integer, a->integer_length);
    if (difference)
        return difference;
    size_t shorter = a->fraction_length < b->fraction_length ? a->fraction_length : b->fraction_length;
    difference = memcmp(a->fraction, b->fraction, shorter);
    if (difference)
        return difference;
    return (a->fraction_length > shorter) - (b->fraction_length > shorter);
}

static int compare_numbers(const char *a, const char *a_end, const char *b, const char *b_end) {
    struct number first = read_number(a, a_end);
    struct number second = read_number(b, b_end);
    int first_zero = first.integer_length == 0 && first.fraction_length == 0;
    int second_zero = second.integer_length == 0 && second.fraction_length == 0;
    int first_sign = first_zero ? 0 : first.negative ? -1 : 1;
    int second_sign = second_zero ? 0 : second.negative ? -1 : 1;
    if (first_sign != second_sign)
        return first_sign < second_sign ? -1 : 1;
    if (first_sign == 0)
        return 0;
    int magnitude = compare_magnitudes(&first, &second);
    return first_sign < 0 ? -magnitude : magnitude;
}

static int is_ignored(unsigned char c, enum ignored ignored) {
    if (ignored == IGNORE_NONPRINTING)
        return !isprint(c);
    if (ignored == IGNORE_NONDICTIONARY)
        return !is_blank(c) && !isalnum(c);
    return 0;
}

/* Compares two key texts byte by byte, skipping ignored bytes and folding
 * lower case to upper case where asked. */
static int compare_texts(const char *a, const char *a_end, const char *b, const char *b_end, const struct key *key) {
    if (!key->fold && key->ignored == IGNORE_NONE) {
        size_t a_length = (size_t)(a_end - a), b_length = (size_t)(b_end - b);
        int difference = memcmp(a, b, a_length < b_length ? a_length : b_length);
        if (difference)
            return difference;
        return (a_length > b_length) - (a_length < b_length);
    }
    for (;;) {
        while (a < a_end && is_ignored((unsigned char)*a, key->ignored))
            a++;
        while (b < b_end && is_ignored((unsigned char)*b, key->ignored))
            b++;
        if (a == a_end || b == b_end)
            return (a < a_end) - (b < b_end);
        int first = (unsigned char)*a, second = (unsigned char)*b;
        if (key->fold) {
            first = toupper(first);
            second = toupper(second);
        }
        if (first != second)
            return first - second;
        a++;
        b++;
    }
}

static int compare_keys(const struct line *a, const struct line *b) {
    for (size_t index = 0; index < order.key_count; index++) {
        const struct key *key = &order.keys[index];
        const char *a_start = key_start(a, key), *a_end = key_end(a, key);
        const char *b_start = key_start(b, key), *b_end = key_end(b, key);
        if (a_end < a_start)
            a_end = a_start;
        if (b_end < b_start)
            b_end = b_start;
        int difference = key->numeric ? compare_numbers(a_start, a_end, b_start, b_end)
                                      : compare_texts(a_start, a_end, b_start, b_end, key);
        if (difference)
            return key->reverse ? -difference : difference;
    }
    return 0;
}

int compare_lines(const struct line *a, const struct line *b) {
    int difference = compare_keys(a, b);
    /* Without keys the whole line is the key, even for -s and -u. */
    if (difference || (!order.last_resort && order.key_count > 0))
        return difference;
    size_t shorter = a->length < b->length ? a->length : b->length;
    difference = memcmp(a->text, b->text, shorter);
    if (!difference)
        difference = (a->length > b->length) - (a->length < b->length);
    return order.reverse ? -difference : difference;
}
