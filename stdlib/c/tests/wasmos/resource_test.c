/* resource_test.c: getrlimit and setrlimit over the kernel's per-process
 * limits (sys/resource.h says what maps to what), and getrusage. The
 * values are WasmOS's (docs/ABI.md), hence a .expected file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

static void show(const char *name, int resource) {
    struct rlimit limit;
    errno = 0;
    int result = getrlimit(resource, &limit);
    if (result < 0) {
        printf("%s: -1, errno %s\n", name, errno == EINVAL ? "EINVAL" : "other");
        return;
    }
    printf("%s: cur %llu, max %llu\n", name, limit.rlim_cur, limit.rlim_max);
}

static void set(const char *name, int resource, rlim_t current, rlim_t maximum) {
    struct rlimit limit = {current, maximum};
    errno = 0;
    int result = setrlimit(resource, &limit);
    printf("setrlimit(%s, %llu, %llu): %d", name, current, maximum, result);
    if (result < 0)
        printf(" %s", errno == EINVAL ? "EINVAL" : errno == EPERM ? "EPERM" : "other");
    printf("\n");
}

int main(void) {
    show("RLIMIT_NOFILE", RLIMIT_NOFILE);
    show("RLIMIT_NPROC", RLIMIT_NPROC);
    show("RLIMIT_STACK (call depth, frames)", RLIMIT_STACK);
    show("RLIMIT_AS", RLIMIT_AS);
    show("RLIMIT_DATA", RLIMIT_DATA);
    show("RLIMIT_CPU", RLIMIT_CPU);
    show("RLIMIT_CORE", RLIMIT_CORE);
    show("resource 99", 99);

    /* The open-file limit applies at once. */
    set("RLIMIT_NOFILE", RLIMIT_NOFILE, 5, 1024);
    show("RLIMIT_NOFILE", RLIMIT_NOFILE);
    int fds[8], opened = 0;
    for (int index = 0; index < 8; index++) {
        fds[index] = open("/", O_RDONLY);
        if (fds[index] >= 0)
            opened++;
    }
    printf("opened %d of 8 with stdin, stdout and stderr open (the last: errno %s)\n", opened,
           errno == EMFILE ? "EMFILE" : "other");
    for (int index = 0; index < 8; index++) {
        if (fds[index] >= 0)
            close(fds[index]);
    }
    set("RLIMIT_NOFILE", RLIMIT_NOFILE, 64, 64);
    set("RLIMIT_NOFILE", RLIMIT_NOFILE, 100, 50);
    set("RLIMIT_NOFILE", RLIMIT_NOFILE, 100, 5000);
    set("RLIMIT_NOFILE", RLIMIT_NOFILE, 0, 1024);
    set("RLIMIT_NOFILE", RLIMIT_NOFILE, RLIM_INFINITY, RLIM_INFINITY);
    show("RLIMIT_NOFILE", RLIMIT_NOFILE);

    set("RLIMIT_AS", RLIMIT_AS, 100 * 65536 + 1000, RLIM_INFINITY);
    show("RLIMIT_AS", RLIMIT_AS);
    set("RLIMIT_AS", RLIMIT_AS, 1000, RLIM_INFINITY);
    set("RLIMIT_STACK", RLIMIT_STACK, 5000, 10000);
    show("RLIMIT_STACK", RLIMIT_STACK);
    set("RLIMIT_NPROC", RLIMIT_NPROC, 32, 256);
    show("RLIMIT_NPROC", RLIMIT_NPROC);
    set("RLIMIT_CORE", RLIMIT_CORE, 0, 0);

    struct rusage usage;
    volatile unsigned long long sum = 0;
    for (unsigned long long index = 0; index < 2000000; index++)
        sum += index;
    if (sum != 1999999000000ULL)
        printf("the loop went wrong\n");
    int result = getrusage(RUSAGE_SELF, &usage);
    printf("getrusage(RUSAGE_SELF): %d, some CPU time %d, no system time %d, maxrss is the memory %d\n", result,
           usage.ru_utime.tv_sec > 0 || usage.ru_utime.tv_usec > 0,
           usage.ru_stime.tv_sec == 0 && usage.ru_stime.tv_usec == 0,
           usage.ru_maxrss == (long)__builtin_wasm_memory_size(0) * 64);
    result = getrusage(RUSAGE_CHILDREN, &usage);
    printf("getrusage(RUSAGE_CHILDREN): %d, zero %d\n", result, usage.ru_utime.tv_sec == 0 && usage.ru_utime.tv_usec == 0);
    errno = 0;
    result = getrusage(7, &usage);
    printf("getrusage(7): %d, EINVAL %d\n", result, errno == EINVAL);
    return 0;
}
