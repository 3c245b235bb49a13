/* strings.h: case-insensitive comparison and the old BSD names. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int strcasecmp(const char *left, const char *right);
int strncasecmp(const char *left, const char *right, size_t count);
int ffs(int value);

#ifdef __cplusplus
}
#endif

#endif
