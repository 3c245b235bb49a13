/* fnmatch.h: shell wildcard matching of one name (POSIX, with glibc's flag
 * values and its FNM_CASEFOLD and FNM_LEADING_DIR extensions). */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#ifdef __cplusplus
extern "C" {
#endif

#define FNM_PATHNAME (1 << 0)    /* '/' is matched only by a '/' in the pattern */
#define FNM_NOESCAPE (1 << 1)    /* backslash is an ordinary character */
#define FNM_PERIOD (1 << 2)      /* a leading '.' is matched only by a '.' */
#define FNM_LEADING_DIR (1 << 3) /* the pattern may match a leading "dir" of "dir/rest" */
#define FNM_CASEFOLD (1 << 4)    /* letters match either case */
#define FNM_FILE_NAME FNM_PATHNAME
#define FNM_IGNORECASE FNM_CASEFOLD

#define FNM_NOMATCH 1

/* Returns 0 if `string` matches the wildcard `pattern` ('*', '?', bracket
 * expressions with ranges, '!' or '^' negation and [:class:] names,
 * backslash escapes), else FNM_NOMATCH. */
int fnmatch(const char *pattern, const char *string, int flags);

#ifdef __cplusplus
}
#endif

#endif
