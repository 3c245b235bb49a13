/* Characters and screen columns: a valid UTF-8 sequence is one character
 * one cell wide, any other byte is a character of its own; a tab reaches the
 * next tab stop, and a control character shows as ^X, two cells. */
#include "edit.h"

/* How many bytes a UTF-8 sequence starting with `lead` has (1 if none). */
static size_t sequence_length(unsigned char lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 1;
}

size_t character_length(const char *text, size_t length, size_t at) {
    size_t expected = sequence_length((unsigned char)text[at]);
    if (expected == 1 || at + expected > length)
        return 1;
    for (size_t index = 1; index < expected; index++) {
        if (((unsigned char)text[at + index] & 0xc0) != 0x80)
            return 1;
    }
    return expected;
}

size_t previous_character(const char *text, size_t length, size_t at) {
    if (at == 0)
        return 0;
    /* A sequence is at most four bytes: try the starts that could reach `at`. */
    for (size_t back = 2; back <= 4 && back <= at; back++) {
        if (character_length(text, length, at - back) == back)
            return at - back;
    }
    return at - 1;
}

size_t character_width(unsigned char c, size_t x) {
    if (c == '\t')
        return TAB_WIDTH - x % TAB_WIDTH;
    if (c < 0x20 || c == 0x7f)
        return 2;
    return 1;
}

size_t column_to_x(const struct line *line, size_t column) {
    size_t x = 0;
    for (size_t at = 0; at < column && at < line->length;) {
        x += character_width((unsigned char)line->text[at], x);
        at += character_length(line->text, line->length, at);
    }
    return x;
}

size_t x_to_column(const struct line *line, size_t x) {
    size_t at = 0, start_x = 0;
    while (at < line->length) {
        size_t width = character_width((unsigned char)line->text[at], start_x);
        if (start_x + width > x)
            break;
        start_x += width;
        at += character_length(line->text, line->length, at);
    }
    return at;
}
