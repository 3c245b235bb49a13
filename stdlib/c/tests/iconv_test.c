/* iconv_test.c: iconv between UTF-8, UTF-16, UTF-32, UCS-2, UCS-4, ASCII,
 * Latin-1 and Windows-1252: conversions, the byte order marks, EILSEQ,
 * EINVAL and E2BIG with where the pointers stop, conversion in pieces,
 * //TRANSLIT and //IGNORE; the output must match the host's glibc exactly.
 * (glibc's UTF-8 also accepts code points above U+10FFFF, ours does not,
 * and glibc's //TRANSLIT spells some characters out, "EUR" for the euro
 * sign, where ours writes '?': no input here has either.) */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

static const char *error_name(int error) {
    switch (error) {
    case EILSEQ: return "EILSEQ";
    case EINVAL: return "EINVAL";
    case E2BIG: return "E2BIG";
    default: return "other";
    }
}

static void convert(const char *to, const char *from, const char *input, size_t length, size_t room) {
    iconv_t converter = iconv_open(to, from);
    if (converter == (iconv_t)-1) {
        printf("%s from %s: iconv_open fails, EINVAL %d\n", to, from, errno == EINVAL);
        return;
    }
    char output[256];
    char *in = (char *)input, *out = output;
    size_t in_left = length, out_left = room;
    errno = 0;
    size_t result = iconv(converter, &in, &in_left, &out, &out_left);
    int error = errno;
    printf("%s from %s: ", to, from);
    if (result == (size_t)-1)
        printf("-1 %s", error_name(error));
    else
        printf("%zu", result);
    printf(", read %zu of %zu, wrote", (size_t)(in - input), length);
    for (char *each = output; each < out; each++)
        printf(" %02x", (unsigned char)*each);
    printf("\n");
    iconv_close(converter);
}

static const char sample[] = "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"; /* h, e acute, euro sign, U+1F600 */

static void whole_strings(void) {
    static const char *const targets[] = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE", "UTF-32",
                                          "UCS-4",    "UCS-4LE",  "WCHAR_T", "UTF-8",   "utf8"};
    for (size_t index = 0; index < sizeof targets / sizeof targets[0]; index++)
        convert(targets[index], "UTF-8", sample, strlen(sample), 256);
    convert("ISO-8859-1", "UTF-8", sample, strlen(sample), 256);
    convert("ASCII", "UTF-8", sample, strlen(sample), 256);
    convert("UCS-2", "UTF-8", sample, strlen(sample), 256);
    convert("LATIN1", "UTF-8", "caf\xc3\xa9", 5, 256);
    convert("UTF-8", "latin1", "caf\xe9 \xff", 6, 256);
    convert("UTF-8", "US-ASCII", "plain", 5, 256);
    convert("UTF-8", "ANSI_X3.4-1968", "ab\x80", 3, 256);
    convert("UTF-8", "CP1252", "\x80\x93quoted\x94\x9f", 10, 256);
    convert("UTF-8", "WINDOWS-1252", "a\x81", 2, 256);
    convert("CP1252", "UTF-8", "\xe2\x82\xac\xc5\x93", 5, 256);
    convert("CP1252", "UTF-8", "\xc2\x81", 2, 256);
    convert("ISO_8859-1", "UTF-16LE", "A\0\xe9\0\x00\x01", 6, 256);
    convert("L1", "UCS-2BE", "\0A", 2, 256);
}

static void malformed_input(void) {
    static const struct {
        const char *bytes;
        size_t length;
    } utf8[] = {
        {"a\xc3", 2},         {"a\xc3\x41", 3},     {"a\xe2\x82", 3}, {"\xc0\x80", 2},  {"\xc1\xbf", 2},
        {"\xe0\x80\x80", 3},  {"\xed\xa0\x80", 3},  {"\xf5", 1},      {"\x80", 1},      {"\xbf", 1},
        {"\xe0\x80", 2},      {"\xed\xa0", 2},      {"\xf0\x80", 2},  {"\xf0\x9f\x98", 3}, {"\xfe", 1},
        {"\xef\xbf\xbf", 3},  {"\xf4\x8f\xbf\xbf", 4}, {"\xef\xbb\xbf" "a", 4},
    };
    for (size_t index = 0; index < sizeof utf8 / sizeof utf8[0]; index++)
        convert("UTF-16LE", "UTF-8", utf8[index].bytes, utf8[index].length, 256);
    convert("UTF-8", "UTF-16LE", "a\0\x3d\xd8", 4, 256);
    convert("UTF-8", "UTF-16LE", "a\0\x3d\xd8\x00\xde", 6, 256);
    convert("UTF-8", "UTF-16LE", "a\0\x3d\xd8\x41\x00", 6, 256);
    convert("UTF-8", "UTF-16LE", "a\0\x00\xde", 4, 256);
    convert("UTF-8", "UTF-16LE", "a\0b", 3, 256);
    convert("UTF-8", "UTF-16BE", "\xd8\x3d\xde\x00", 4, 256);
    convert("UTF-8", "UCS-2", "a\0\x3d\xd8\x00\xde", 6, 256);
    convert("UTF-8", "UTF-32LE", "\0\0\x11\0", 4, 256);
    convert("UTF-8", "UTF-32LE", "\0\xd8\0\0", 4, 256);
    convert("UTF-8", "UTF-32BE", "\0\0\0a\0\0", 6, 256);
}

static void byte_order_marks(void) {
    convert("UTF-8", "UTF-16", "\xff\xfe" "a\0", 4, 256);
    convert("UTF-8", "UTF-16", "\xfe\xff" "\0a", 4, 256);
    convert("UTF-8", "UTF-16", "a\0", 2, 256);
    convert("UTF-8", "UTF-16", "\xff\xfe", 2, 256);
    convert("UTF-8", "UTF-32", "\xff\xfe\0\0" "a\0\0\0", 8, 256);
    convert("UTF-8", "UTF-32", "\0\0\xfe\xff" "\0\0\0a", 8, 256);
    convert("UTF-8", "UTF-16LE", "\xff\xfe" "a\0", 4, 256);
    convert("UTF-8", "UTF-16BE", "\xfe\xff\0a", 4, 256);
}

static void full_output(void) {
    for (size_t room = 0; room <= 12; room += 3)
        convert("UTF-16LE", "UTF-8", sample, strlen(sample), room);
    convert("UTF-16", "UTF-8", "a", 1, 3);
    convert("UTF-8", "LATIN1", "\xe9\xe9", 2, 3);
}

/* Input given a byte at a time, as a reader of a stream would give it. */
static void pieces(void) {
    iconv_t converter = iconv_open("UTF-32BE", "UTF-8");
    char output[64];
    char *out = output;
    size_t out_left = sizeof output, pending = 0;
    char buffer[8];
    for (size_t index = 0; index < strlen(sample); index++) {
        buffer[pending++] = sample[index];
        char *in = buffer;
        size_t in_left = pending;
        size_t result = iconv(converter, &in, &in_left, &out, &out_left);
        printf("byte %zu: %s, %zu left over\n", index, result == (size_t)-1 ? error_name(errno) : "done", in_left);
        memmove(buffer, in, in_left);
        pending = in_left;
    }
    printf("wrote");
    for (char *each = output; each < out; each++)
        printf(" %02x", (unsigned char)*each);
    printf("\n");
    out = output;
    out_left = sizeof output;
    size_t result = iconv(converter, NULL, NULL, &out, &out_left);
    printf("reset: %zu, wrote %zu\n", result, (size_t)(out - output));
    printf("iconv_close: %d\n", iconv_close(converter));
}

static void suffixes_and_names(void) {
    convert("ASCII//TRANSLIT", "UTF-8", "a\xc3\xa9z", 4, 256);
    convert("ASCII//IGNORE", "UTF-8", "a\xc3\xa9z", 4, 256);
    convert("ISO-8859-1//TRANSLIT", "UTF-8", "\xe4\xb8\x80" "5", 4, 256);
    convert("UTF-8//TRANSLIT", "UTF-8", "ok", 2, 256);
    convert("utf-16le", "Utf-8", "ok", 2, 256);
    convert("ISO8859-1", "UTF-8", "ok", 2, 256);
    convert("EBCDIC-NOT-HERE", "UTF-8", "ok", 2, 256);
    convert("UTF-8", "KOI-NOTHING", "ok", 2, 256);
}

int main(void) {
    whole_strings();
    malformed_input();
    byte_order_marks();
    full_output();
    pieces();
    suffixes_and_names();
    return 0;
}
