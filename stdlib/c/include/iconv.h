/* iconv.h: character set conversion between UTF-8, UTF-16 and UTF-32 (LE,
 * BE, or with a byte order mark), UCS-2, UCS-4, WCHAR_T, ASCII, ISO-8859-1
 * (Latin-1) and Windows-1252. src/iconv/iconv.c lists the names accepted. */
#ifndef _ICONV_H
#define _ICONV_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *iconv_t;

/* A converter from `from` to `to` (names in any case; "//TRANSLIT" after
 * `to` writes '?' for a character it cannot hold, "//IGNORE" leaves such
 * characters and invalid input out). (iconv_t)-1 with errno EINVAL if a
 * name is unknown. */
iconv_t iconv_open(const char *to, const char *from);
/* Converts from *input (*input_left bytes) to *output (*output_left bytes
 * of room), moving all four on. Returns the number of characters converted
 * irreversibly (by //TRANSLIT), or (size_t)-1 with errno EILSEQ (an invalid
 * sequence, or a character the target cannot hold: *input points at it),
 * EINVAL (the input ends inside a character) or E2BIG (the output is full).
 * A NULL input (or *input) resets the converter's state. */
size_t iconv(iconv_t converter, char **__restrict input, size_t *__restrict input_left, char **__restrict output,
             size_t *__restrict output_left);
int iconv_close(iconv_t converter);

#ifdef __cplusplus
}
#endif

#endif
