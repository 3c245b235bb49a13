/* stdlib_posix_test.c: the POSIX and GNU additions to <stdlib.h> and
 * <string.h>: unique temporary files and directories, the drand48 and
 * random() generators (whose sequences must be glibc's), clearenv, strtold
 * and strverscmp; the output must match the host's glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Each result goes into a variable first: the order in which a call's
 * arguments are evaluated differs between compilers. */

/* Whether `name` is `prefix`, six letters or digits, then `suffix`. */
static int well_formed(const char *name, const char *prefix, const char *suffix) {
    size_t prefix_length = strlen(prefix), suffix_length = strlen(suffix);
    if (strlen(name) != prefix_length + 6 + suffix_length || strncmp(name, prefix, prefix_length) != 0 ||
        strcmp(name + prefix_length + 6, suffix) != 0)
        return 0;
    for (size_t index = prefix_length; index < prefix_length + 6; index++) {
        if (!isalnum((unsigned char)name[index]))
            return 0;
    }
    return 1;
}

static void temporary_files(void) {
    char first[] = "mkstemp_XXXXXX", second[] = "mkstemp_XXXXXX";
    int fd = mkstemp(first);
    printf("mkstemp: fd ok %d, name well formed %d\n", fd >= 0, well_formed(first, "mkstemp_", ""));
    printf("write: %ld\n", (long)write(fd, "data", 4));
    struct stat status;
    int stat_result = stat(first, &status);
    printf("stat: %d, regular %d, size %lld\n", stat_result, S_ISREG(status.st_mode), (long long)status.st_size);
    close(fd);
    fd = mkstemp(second);
    printf("second mkstemp: fd ok %d, names differ %d\n", fd >= 0, strcmp(first, second) != 0);
    close(fd);
    unlink(first);
    unlink(second);

    char short_template[] = "bad_XXXXX", misplaced[] = "bad_XXXXXX.c";
    errno = 0;
    int result = mkstemp(short_template);
    printf("five X: %d, EINVAL %d, unchanged %d\n", result, errno == EINVAL, strcmp(short_template, "bad_XXXXX") == 0);
    errno = 0;
    result = mkstemp(misplaced);
    printf("X not at the end: %d, EINVAL %d\n", result, errno == EINVAL);

    char with_suffix[] = "suffix_XXXXXX.txt";
    fd = mkstemps(with_suffix, 4);
    printf("mkstemps: fd ok %d, well formed %d\n", fd >= 0, well_formed(with_suffix, "suffix_", ".txt"));
    close(fd);
    unlink(with_suffix);

    char appending[] = "append_XXXXXX";
    fd = mkostemp(appending, O_APPEND);
    printf("mkostemp: fd ok %d, well formed %d\n", fd >= 0, well_formed(appending, "append_", ""));
    write(fd, "one", 3);
    lseek(fd, 0, SEEK_SET);
    write(fd, "two", 3);
    close(fd);
    char text[16] = {0};
    fd = open(appending, O_RDONLY);
    read(fd, text, sizeof text - 1);
    close(fd);
    printf("appended: %s\n", text);
    unlink(appending);

    char directory[] = "dir_XXXXXX";
    char *made = mkdtemp(directory);
    printf("mkdtemp: returns the template %d, well formed %d\n", made == directory, well_formed(directory, "dir_", ""));
    printf("is a directory: %d\n", stat(directory, &status) == 0 && S_ISDIR(status.st_mode));
    char inside[64];
    snprintf(inside, sizeof inside, "%s/file", directory);
    fd = open(inside, O_WRONLY | O_CREAT, 0644);
    printf("file inside: %d\n", fd >= 0);
    close(fd);
    unlink(inside);
    printf("rmdir: %d\n", rmdir(directory));
    char bad_directory[] = "dir_XXX";
    errno = 0;
    made = mkdtemp(bad_directory);
    printf("mkdtemp bad template: %s, EINVAL %d\n", made ? "made" : "NULL", errno == EINVAL);
}

static void rand48(void) {
    printf("drand48 unseeded:");
    for (int index = 0; index < 3; index++)
        printf(" %.17g", drand48());
    printf("\n");
    srand48(12345);
    printf("srand48(12345) lrand48:");
    for (int index = 0; index < 5; index++)
        printf(" %ld", lrand48());
    printf("\nmrand48:");
    for (int index = 0; index < 5; index++)
        printf(" %ld", mrand48());
    printf("\ndrand48:");
    for (int index = 0; index < 3; index++)
        printf(" %a", drand48());
    printf("\n");
    srand48(-7);
    long first = lrand48(), second = lrand48();
    printf("srand48(-7) lrand48: %ld %ld\n", first, second);

    unsigned short state[3] = {0x1234, 0x5678, 0x9abc};
    double real = erand48(state);
    first = nrand48(state);
    second = jrand48(state);
    printf("erand48: %.17g nrand48: %ld jrand48: %ld state %04x %04x %04x\n", real, first, second, state[0], state[1],
           state[2]);

    unsigned short seed[3] = {1, 2, 3};
    unsigned short *previous = seed48(seed);
    unsigned short saved[3] = {previous[0], previous[1], previous[2]};
    printf("seed48: previous state differs from the new one %d\n", saved[0] != 1 || saved[1] != 2 || saved[2] != 3);
    first = lrand48();
    second = lrand48();
    printf("after seed48: %ld %ld\n", first, second);
    previous = seed48(saved);
    printf("seed48 returned the state {1,2,3} advanced twice: %04x %04x %04x\n", previous[0], previous[1], previous[2]);

    /* lcong48: X = 1, a = 3, c = 5, so X goes 8, 29, 92, ... */
    unsigned short parameters[7] = {1, 0, 0, 3, 0, 0, 5};
    lcong48(parameters);
    printf("lcong48 lrand48 (top 31 bits of 8, 29, 92):");
    for (int index = 0; index < 3; index++)
        printf(" %ld", lrand48());
    unsigned short other[3] = {10, 0, 0};
    first = nrand48(other);
    printf("; nrand48 uses the new a and c too: %ld, state %u\n", first, other[0]);
    srand48(1); /* srand48 restores the standard a and c */
    first = lrand48();
    second = lrand48();
    printf("srand48(1): %ld %ld\n", first, second);
}

static void additive_random(void) {
    printf("random unseeded:");
    for (int index = 0; index < 5; index++)
        printf(" %ld", random());
    printf("\n");
    srandom(1);
    printf("srandom(1):");
    for (int index = 0; index < 3; index++)
        printf(" %ld", random());
    srandom(0);
    printf("\nsrandom(0) (the same as 1): %ld\n", random());
    srandom(42);
    printf("srandom(42):");
    for (int index = 0; index < 5; index++)
        printf(" %ld", random());
    srandom(3000000000u);
    long first = random(), second = random();
    printf("\nsrandom(3000000000): %ld %ld\n", first, second);

    /* Each state size gives another generator. */
    static int32_t states[5][64];
    static const size_t sizes[5] = {8, 32, 64, 128, 256};
    char *original = NULL;
    for (int type = 0; type < 5; type++) {
        char *previous = initstate(7, (char *)states[type], sizes[type]);
        if (type == 0)
            original = previous;
        printf("initstate(7, %3zu bytes):", sizes[type]);
        for (int index = 0; index < 4; index++)
            printf(" %ld", random());
        printf("\n");
    }
    /* setstate goes back to a generator where it stood. */
    char *previous = setstate((char *)states[1]);
    printf("setstate returned the 256-byte state: %d\n", previous == (char *)states[4]);
    first = random();
    second = random();
    printf("32-byte generator goes on: %ld %ld\n", first, second);
    setstate((char *)states[4]);
    first = random();
    second = random();
    printf("256-byte generator goes on: %ld %ld\n", first, second);
    setstate(original);
    printf("the default generator goes on after srandom(3000000000): %ld\n", random());
    errno = 0;
    previous = initstate(1, (char *)states[0], 7);
    printf("initstate with 7 bytes: %s, EINVAL %d\n", previous ? "accepted" : "NULL", errno == EINVAL);

    struct random_data data;
    static char buffer[64];
    memset(&data, 0, sizeof data);
    initstate_r(99, buffer, sizeof buffer, &data);
    printf("random_r (seed 99, 64 bytes):");
    for (int index = 0; index < 4; index++) {
        int32_t value;
        random_r(&data, &value);
        printf(" %d", value);
    }
    srandom_r(99, &data);
    int32_t value;
    random_r(&data, &value);
    printf("; again after srandom_r: %d\n", value);
}

static void environment(void) {
    setenv("WASMOS_TEST_ONE", "1", 1);
    setenv("WASMOS_TEST_TWO", "2", 1);
    printf("before clearenv: %s %s\n", getenv("WASMOS_TEST_ONE"), getenv("WASMOS_TEST_TWO"));
    int result = clearenv();
    printf("clearenv: %d\n", result);
    printf("after: %s %s PATH %s\n", getenv("WASMOS_TEST_ONE") ? "set" : "unset",
           getenv("WASMOS_TEST_TWO") ? "set" : "unset", getenv("PATH") ? "set" : "unset");
    setenv("WASMOS_TEST_THREE", "3", 1);
    printf("setenv after clearenv: %s\n", getenv("WASMOS_TEST_THREE"));
}

static void long_double_from_strings(void) {
    /* Printed as doubles: glibc's long double has 64 bits, ours 113
     * (tests/wasmos/strtold_test.c checks all of them). */
    static const char *const inputs[] = {"1.5", "-0.25", "  42e3xyz", "0x1.8p3", "inf", "-nan", "1e-3", "abc", "3.0000"};
    for (size_t index = 0; index < sizeof inputs / sizeof inputs[0]; index++) {
        char *end;
        long double value = strtold(inputs[index], &end);
        printf("strtold(\"%s\") = %.6g, rest \"%s\"\n", inputs[index], (double)value, end);
    }
    errno = 0;
    long double tiny = strtold("1e-400", NULL);
    printf("strtold(1e-400): %s\n", tiny < 1e-300L ? "tiny" : "big");
}

static int sign(int value) {
    return (value > 0) - (value < 0);
}

static void version_comparison(void) {
    static const char *const ordered[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
    printf("strverscmp order (000 00 01 010 09 0 1 9 10):");
    for (size_t index = 0; index + 1 < sizeof ordered / sizeof ordered[0]; index++)
        printf(" %d", sign(strverscmp(ordered[index], ordered[index + 1])));
    printf("\n");
    static const char *const pairs[][2] = {
        {"a", "a"},          {"a", "b"},           {"a9", "a10"},         {"a10", "a9"},      {"file2.txt", "file10.txt"},
        {"1.2.9", "1.2.10"}, {"1.01", "1.1"},      {"1.001", "1.01"},     {"foo", "foo1"},    {"foo1", "foo"},
        {"x007", "x07"},     {"x07", "x7"},        {"item020", "item10"}, {"v1.0", "v1.0a"},  {"abc", "abd"},
        {"", "a"},           {"0a", "0b"},         {"12a", "12b"},        {"01a", "01b"},     {"2", "10"},
        {"x9y", "x10y"},     {"0x", "00"},         {"00x", "0x"},         {"1x", "10"},       {"100", "99a"},
        {"a0", "a"},         {"a00", "a0"},        {"a01", "a001"},       {"jan1", "jan01"},  {"\xff", "a"},
    };
    for (size_t index = 0; index < sizeof pairs / sizeof pairs[0]; index++)
        printf("strverscmp(\"%s\", \"%s\") %d\n", pairs[index][0], pairs[index][1],
               sign(strverscmp(pairs[index][0], pairs[index][1])));
    /* Many random pairs of digits and letters, summed up. */
    uint32_t state = 2024;
    unsigned long checksum = 0;
    for (int round = 0; round < 20000; round++) {
        char left[8], right[8];
        for (int index = 0; index < 7; index++) {
            state = state * 1103515245u + 12345u;
            left[index] = "00119ab."[(state >> 16) & 7];
            state = state * 1103515245u + 12345u;
            right[index] = "00119ab."[(state >> 16) & 7];
        }
        state = state * 1103515245u + 12345u;
        int length = 1 + (int)((state >> 16) % 7);
        left[length] = '\0';
        right[(length + (state >> 20) % 3) % 8 > 7 ? 7 : (length + (state >> 20) % 3) % 8] = '\0';
        checksum = checksum * 3 + (unsigned long)(sign(strverscmp(left, right)) + 1);
        checksum %= 1000000007UL;
    }
    printf("random pairs checksum: %lu\n", checksum);
}

int main(void) {
    temporary_files();
    rand48();
    additive_random();
    environment();
    long_double_from_strings();
    version_comparison();
    return 0;
}
