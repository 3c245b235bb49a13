/* wasmos/tool_date.h: the dates the tools take on their command line
 * (touch -d and -t), read as GNU's tools read them in the C locale, UTC. */
#ifndef WASMOS_TOOL_DATE_H
#define WASMOS_TOOL_DATE_H

#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A -d/--date string into *when: "now", "@SECONDS[.FRACTION]", or
 * "YYYY-MM-DD[( |T)HH:MM[:SS[.FRACTION]]][ ][Z|UTC|(+|-)HH[:]MM]",
 * surrounded by blanks or not. Returns 0, or -1 for text it does not read. */
int wasmos_parse_date(const char *text, struct timespec *when);

/* A POSIX touch -t stamp "[[CC]YY]MMDDhhmm[.ss]" into *when (YY alone: 69
 * to 99 are 19YY, 00 to 68 20YY; without a year, this year's; ss 60 is the
 * second after 59). Returns 0, or -1 for a malformed or impossible stamp. */
int wasmos_parse_stamp(const char *text, struct timespec *when);

#ifdef __cplusplus
}
#endif

#endif
