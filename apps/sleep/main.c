/* sleep: waits for the given time: seconds, fractions allowed, with an
 * optional suffix s, m, h or d. Several arguments add up. */
#include <stdio.h>
#include <stdlib.h>
#include <wasmos.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "sleep: missing operand\n");
        return 1;
    }
    double total = 0;
    for (int index = 1; index < argc; index++) {
        char *end;
        double amount = strtod(argv[index], &end);
        double unit = 1;
        switch (*end) {
        case '\0': case 's': break;
        case 'm': unit = 60; break;
        case 'h': unit = 3600; break;
        case 'd': unit = 86400; break;
        default: unit = -1; break;
        }
        if (end == argv[index] || unit < 0 || (*end && end[1]) || !(amount >= 0)) {
            fprintf(stderr, "sleep: %s: invalid time interval\n", argv[index]);
            return 1;
        }
        total += amount * unit;
    }
    double nanoseconds = total * 1e9;
    if (nanoseconds > 9.2e18)
        nanoseconds = 9.2e18;
    wasmos_sleep((long long)nanoseconds);
    return 0;
}
