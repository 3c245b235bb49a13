/* locale.c: the C locale, the only one there is. */
#include <limits.h>
#include <locale.h>
#include <string.h>

char *setlocale(int category, const char *locale) {
    if (category < LC_CTYPE || category > LC_ALL)
        return NULL;
    if (!locale || !*locale || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
        return "C";
    return NULL;
}

struct lconv *localeconv(void) {
    static struct lconv conventions = {".", "", "", "", "", "", "", "", "", "",
                                       CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX};
    return &conventions;
}
