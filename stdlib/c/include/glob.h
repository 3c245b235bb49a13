/* glob.h: path name expansion (POSIX glob, with glibc's flag values and its
 * GLOB_PERIOD, GLOB_BRACE, GLOB_NOMAGIC, GLOB_TILDE, GLOB_TILDE_CHECK and
 * GLOB_ONLYDIR). Names are matched with fnmatch; src/glob/glob.c says how. */
#ifndef _GLOB_H
#define _GLOB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GLOB_ERR (1 << 0)      /* stop at a directory that cannot be read */
#define GLOB_MARK (1 << 1)     /* add '/' to each directory found */
#define GLOB_NOSORT (1 << 2)   /* leave the names in directory order */
#define GLOB_DOOFFS (1 << 3)   /* gl_offs NULL slots come first in gl_pathv */
#define GLOB_NOCHECK (1 << 4)  /* no match: the result is the pattern itself */
#define GLOB_APPEND (1 << 5)   /* add to the results of an earlier call */
#define GLOB_NOESCAPE (1 << 6) /* a backslash is an ordinary character */
#define GLOB_PERIOD (1 << 7)   /* wildcards match a leading '.' too */
#define GLOB_MAGCHAR (1 << 8)  /* set in gl_flags when the pattern had wildcards */
#define GLOB_ALTDIRFUNC (1 << 9) /* not supported: glob returns GLOB_NOSYS */
#define GLOB_BRACE (1 << 10)   /* expand {a,b,c} */
#define GLOB_NOMAGIC (1 << 11) /* GLOB_NOCHECK for patterns without wildcards */
#define GLOB_TILDE (1 << 12)   /* expand ~ and ~user */
#define GLOB_ONLYDIR (1 << 13) /* only directories */
#define GLOB_TILDE_CHECK (1 << 14) /* GLOB_TILDE, and an unknown ~user is no match */

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS 4
#define GLOB_ABEND GLOB_ABORTED

typedef struct {
    size_t gl_pathc; /* the names found (after the gl_offs NULL slots) */
    char **gl_pathv; /* gl_offs NULLs, gl_pathc names, NULL */
    size_t gl_offs;  /* with GLOB_DOOFFS */
    int gl_flags;
} glob_t;

/* Returns 0, or GLOB_NOMATCH, GLOB_ABORTED (a directory could not be read
 * and GLOB_ERR was given or `error_function` returned nonzero for it),
 * GLOB_NOSPACE, GLOB_NOSYS (GLOB_ALTDIRFUNC); -1 with errno EINVAL for
 * unknown flags, as glibc. */
int glob(const char *__restrict pattern, int flags, int (*error_function)(const char *path, int error),
         glob_t *__restrict found);
void globfree(glob_t *found);

#ifdef __cplusplus
}
#endif

#endif
