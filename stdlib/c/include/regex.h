/* regex.h: POSIX regular expressions (regcomp, regexec, regerror, regfree),
 * basic (BRE) and extended (ERE) syntax with glibc's extensions: \w \W \s \S
 * \b \B \< \> \` \' everywhere, \| \+ \? in BREs, back-references in both, and
 * REG_STARTEND. Flag and error values are glibc's. src/regex/ says how a
 * match is chosen. */
#ifndef _REGEX_H
#define _REGEX_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An offset into the subject string (an int, as in glibc). */
typedef int regoff_t;

/* A compiled expression. Only re_nsub, the number of parenthesized
 * subexpressions, is for the caller to read. */
typedef struct {
    size_t re_nsub;
    void *__program;
} regex_t;

/* Where a subexpression matched: [rm_so, rm_eo), or -1 and -1 if it took no
 * part in the match. */
typedef struct {
    regoff_t rm_so;
    regoff_t rm_eo;
} regmatch_t;

/* regcomp flags. */
#define REG_EXTENDED 1
#define REG_ICASE 2
#define REG_NEWLINE 4
#define REG_NOSUB 8

/* regexec flags. REG_STARTEND: search string[pmatch[0].rm_so, pmatch[0].rm_eo)
 * (which may hold NUL bytes); offsets stay relative to string. */
#define REG_NOTBOL 1
#define REG_NOTEOL 2
#define REG_STARTEND 4

/* Error codes (regcomp and regexec). */
typedef enum {
    REG_ENOSYS = -1,
    REG_NOERROR = 0,
    REG_NOMATCH,
    REG_BADPAT,
    REG_ECOLLATE,
    REG_ECTYPE,
    REG_EESCAPE,
    REG_ESUBREG,
    REG_EBRACK,
    REG_EPAREN,
    REG_EBRACE,
    REG_BADBR,
    REG_ERANGE,
    REG_ESPACE,
    REG_BADRPT,
    REG_EEND,
    REG_ESIZE,
    REG_ERPAREN
} reg_errcode_t;

/* The largest count allowed in an interval {m,n}. */
#ifndef RE_DUP_MAX
#define RE_DUP_MAX 0x7fff
#endif

int regcomp(regex_t *__restrict regex, const char *__restrict pattern, int flags);
int regexec(const regex_t *__restrict regex, const char *__restrict string, size_t match_count,
            regmatch_t *__restrict matches, int flags);
size_t regerror(int error, const regex_t *__restrict regex, char *__restrict buffer, size_t size);
void regfree(regex_t *regex);

#ifdef __cplusplus
}
#endif

#endif
