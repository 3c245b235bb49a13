/* calendar.h: date arithmetic shared by time.c and strptime.c. */
#ifndef WASMOS_TIME_CALENDAR_H
#define WASMOS_TIME_CALENDAR_H

/* Days from 1970-01-01 to year-month-day in the proleptic Gregorian
 * calendar (month 1-12; any day, counted on from the month's first). */
long long __wasmos_days_from_civil(long long year, int month, int day);

/* The English names of the days (Sunday first) and months. */
extern const char *const __wasmos_weekday_names[7];
extern const char *const __wasmos_month_names[12];

#endif
