/* glob_test.c: glob and globfree over a small tree made for the test: the
 * wildcards, escapes, the flags (GLOB_ERR GLOB_MARK GLOB_NOSORT
 * GLOB_NOCHECK GLOB_APPEND GLOB_DOOFFS GLOB_NOESCAPE GLOB_PERIOD
 * GLOB_NOMAGIC GLOB_ONLYDIR GLOB_BRACE GLOB_TILDE) and the error function;
 * the output must match the host's glibc exactly. Not compared: GLOB_MAGCHAR
 * (glibc also sets it for escapes, and after GLOB_BRACE as the last
 * alternative says) and "file/", which glibc matches as "file". */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the GNU flags under -std=c11 */
#endif
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int report_error(const char *path, int error) {
    printf("  error function: %s, errno %d\n", path, error);
    return 0;
}

static int stop_at_error(const char *path, int error) {
    printf("  error function: %s, errno %d, stop\n", path, error);
    return 1;
}

static int compare_names(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

static void show(const char *pattern, int flags, int (*error_function)(const char *, int)) {
    glob_t found;
    memset(&found, 0, sizeof found);
    found.gl_offs = 2;
    int result = glob(pattern, flags, error_function, &found);
    size_t offsets = flags & GLOB_DOOFFS ? 2 : 0;
    if (flags & GLOB_NOSORT) /* directory order differs between systems */
        qsort(found.gl_pathv + offsets, found.gl_pathc, sizeof(char *), compare_names);
    printf("glob(\"%s\", %#x) = %d, %zu:", pattern, (unsigned)flags, result, found.gl_pathc);
    for (size_t index = 0; index < found.gl_pathc; index++)
        printf(" %s", found.gl_pathv[offsets + index]);
    if (result == 0) {
        printf(" | offsets NULL %d, ends with NULL %d", offsets == 0 || !found.gl_pathv[0],
               found.gl_pathv[offsets + found.gl_pathc] == NULL);
        globfree(&found);
    }
    printf("\n");
}

static void touch(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    if (fd >= 0)
        close(fd);
}

static const char *const files[] = {
    "gt/a.c", "gt/b.c", "gt/B.c", "gt/c.h", "gt/.dot", "gt/[x]", "gt/star*", "gt/sub/x.c", "gt/sub2/y.c", "gt/sub2/z.h",
};
static const char *const directories[] = {"gt", "gt/sub", "gt/sub2", "gt/.hidden"};

int main(void) {
    for (size_t index = 0; index < sizeof directories / sizeof directories[0]; index++)
        mkdir(directories[index], 0755);
    for (size_t index = 0; index < sizeof files / sizeof files[0]; index++)
        touch(files[index]);

    show("gt/*", 0, NULL);
    show("gt/*.c", 0, NULL);
    show("gt/?.c", 0, NULL);
    show("gt/[ab].c", 0, NULL);
    show("gt/[!a].c", 0, NULL);
    show("gt/[[:upper:]]*", 0, NULL);
    show("gt/.*", 0, NULL);
    show("gt/*", GLOB_PERIOD, NULL);
    show("gt/*/", 0, NULL);
    show("gt/*", GLOB_MARK, NULL);
    show("gt/sub*", GLOB_MARK, NULL);
    show("gt/*/*.c", 0, NULL);
    show("gt/*/*", 0, NULL);
    show("gt/*/*.[ch]", GLOB_NOSORT, NULL);
    show("gt/sub/x.c", 0, NULL);
    show("gt/sub/", 0, NULL);
    show("gt", GLOB_MARK, NULL);
    show("gt//a.c", 0, NULL);
    show("./gt/a*", 0, NULL);
    show("gt/./a*", 0, NULL);
    show("gt/../gt/b.c", 0, NULL);
    show("gt/a.c/*", 0, NULL);
    show("gt/*.c/", 0, NULL);

    /* Escapes. */
    show("gt/[x]", 0, NULL);
    show("gt/\\[x]", 0, NULL);
    show("gt/\\[x]", GLOB_NOESCAPE, NULL);
    show("gt/star\\*", 0, NULL);
    show("gt/st\\ar*", 0, NULL);
    show("gt/[a", 0, NULL);

    /* No match. */
    show("gt/nothing", 0, NULL);
    show("gt/nothing", GLOB_NOCHECK, NULL);
    show("gt/no\\th*", GLOB_NOCHECK, NULL);
    show("gt/nothing", GLOB_NOMAGIC, NULL);
    show("gt/nothing*", GLOB_NOMAGIC, NULL);
    show("", 0, NULL);
    show("", GLOB_NOCHECK, NULL);

    /* Directories that cannot be read. */
    show("missing/*", 0, report_error);
    show("missing/*", GLOB_ERR, report_error);
    show("missing/*", 0, stop_at_error);
    show("gt/a.c/*", GLOB_ERR, report_error);
    show("gt/*/x.c", GLOB_ERR, report_error);

    /* Offsets and appending. */
    show("gt/*.h", GLOB_DOOFFS, NULL);
    glob_t found;
    memset(&found, 0, sizeof found);
    found.gl_offs = 1;
    glob("gt/*.c", GLOB_DOOFFS, NULL, &found);
    glob("gt/*.h", GLOB_DOOFFS | GLOB_APPEND, NULL, &found);
    int result = glob("gt/none", GLOB_DOOFFS | GLOB_APPEND, NULL, &found);
    printf("appended (last %d):", result);
    for (size_t index = 0; index < found.gl_offs + found.gl_pathc + 1; index++)
        printf(" %s", found.gl_pathv[index] ? found.gl_pathv[index] : "(null)");
    printf(", count %zu\n", found.gl_pathc);
    glob("gt/none", GLOB_DOOFFS | GLOB_APPEND | GLOB_NOCHECK, NULL, &found);
    printf("appended with GLOB_NOCHECK: count %zu, last %s\n", found.gl_pathc, found.gl_pathv[found.gl_offs + found.gl_pathc - 1]);
    globfree(&found);

    /* GNU extensions. */
    show("gt/{b,a}.c", GLOB_BRACE, NULL);
    show("gt/{sub,sub2}/*", GLOB_BRACE, NULL);
    show("gt/{*.h,sub{,2}}", GLOB_BRACE, NULL);
    show("gt/{x,y}", GLOB_BRACE, NULL);
    show("gt/{}", GLOB_BRACE, NULL);
    show("gt/*", GLOB_ONLYDIR | GLOB_MARK, NULL);
    setenv("HOME", "gt/sub", 1);
    show("~/*.c", GLOB_TILDE, NULL);
    show("~", GLOB_TILDE, NULL);

    /* Relative to the working directory. */
    chdir("gt");
    show("*.c", 0, NULL);
    show("*", GLOB_MARK, NULL);
    show("s*/*", 0, NULL);
    chdir("..");

    for (size_t index = sizeof files / sizeof files[0]; index > 0; index--)
        unlink(files[index - 1]);
    for (size_t index = sizeof directories / sizeof directories[0]; index > 0; index--)
        rmdir(directories[index - 1]);
    show("gt/*", 0, NULL);
    return 0;
}
