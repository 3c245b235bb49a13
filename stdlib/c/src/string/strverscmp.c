/* strverscmp.c: GNU's version comparison. Strings compare as strcmp does
 * except where they first differ inside a run of digits: such runs compare
 * as numbers, a run with leading zeros being a fraction (so that
 * 000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10, as glibc orders them).
 *
 * Everything depends on the digits the strings share just before their
 * first difference (the run so far) and on the two differing bytes:
 *   - no shared digits: two digits 1-9 start integers, the one with more
 *     digits is larger; otherwise the bytes decide;
 *   - an integer so far (first digit 1-9): if both go on with digits, the
 *     longer run is larger; if only one does, it is larger;
 *   - zeros only so far: if only one goes on with a digit, it is smaller
 *     (it has more leading zeros); otherwise the bytes decide;
 *   - a fraction so far (zeros, then other digits): the bytes decide.
 * "The bytes decide" compares them as unsigned char. */
#include <ctype.h>
#include <string.h>

/* How many digits start at `s`. */
static size_t digit_run(const unsigned char *s) {
    size_t count = 0;
    while (isdigit(s[count]))
        count++;
    return count;
}

/* The integers starting at `left` and `right` (the first bytes differing,
 * both digits, after the same digits so far): the longer is larger. */
static int by_length(const unsigned char *left, const unsigned char *right) {
    size_t left_length = digit_run(left), right_length = digit_run(right);
    if (left_length != right_length)
        return left_length > right_length ? 1 : -1;
    return *left - *right;
}

int strverscmp(const char *left_string, const char *right_string) {
    const unsigned char *left = (const unsigned char *)left_string;
    const unsigned char *right = (const unsigned char *)right_string;
    size_t at = 0;
    while (left[at] == right[at]) {
        if (!left[at])
            return 0;
        at++;
    }
    size_t run_start = at;
    while (run_start > 0 && isdigit(left[run_start - 1]))
        run_start--;
    int left_digit = isdigit(left[at]) != 0, right_digit = isdigit(right[at]) != 0;
    int bytes = left[at] - right[at];
    if (run_start == at) {
        if (left_digit && right_digit && left[at] != '0' && right[at] != '0')
            return by_length(left + at, right + at);
        return bytes;
    }
    if (left[run_start] != '0') {
        if (left_digit && right_digit)
            return by_length(left + at, right + at);
        if (left_digit != right_digit)
            return left_digit ? 1 : -1;
        return bytes;
    }
    size_t zeros = run_start;
    while (zeros < at && left[zeros] == '0')
        zeros++;
    if (zeros == at && left_digit != right_digit)
        return left_digit ? -1 : 1;
    return bytes;
}
