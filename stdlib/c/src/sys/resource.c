/* resource.c: getrlimit/setrlimit over the kernel's limit_get/limit_set,
 * and getrusage (sys/resource.h says what maps to what). */
#include <errno.h>
#include <sys/resource.h>
#include <wasmos.h>

#define PAGE_SIZE 65536ULL

/* How one POSIX resource maps onto a kernel limit. */
struct mapping {
    int kind;              /* WASMOS_LIMIT_* */
    rlim_t unit;           /* bytes (or 1) per unit of the kernel's limit */
    long long hard_maximum; /* in the kernel's units (docs/ABI.md) */
};

/* The mapping for `resource`; 0 (with errno EINVAL) if WasmOS has no such limit. */
static int find_mapping(int resource, struct mapping *mapping) {
    switch (resource) {
    case RLIMIT_NOFILE: *mapping = (struct mapping){WASMOS_LIMIT_OPEN_FILES, 1, 1024}; return 1;
    case RLIMIT_NPROC: *mapping = (struct mapping){WASMOS_LIMIT_PROCESSES, 1, 256}; return 1;
    case RLIMIT_STACK: *mapping = (struct mapping){WASMOS_LIMIT_CALL_DEPTH, 1, 10000}; return 1;
    case RLIMIT_AS:
    case RLIMIT_DATA: *mapping = (struct mapping){WASMOS_LIMIT_MEMORY_PAGES, PAGE_SIZE, 16384}; return 1;
    default: errno = EINVAL; return 0;
    }
}

int getrlimit(int resource, struct rlimit *limit) {
    struct mapping mapping;
    if (!find_mapping(resource, &mapping))
        return -1;
    long long value = wasmos_limit_get(mapping.kind);
    if (value < 0) {
        errno = (int)-value;
        return -1;
    }
    limit->rlim_cur = (rlim_t)value * mapping.unit;
    limit->rlim_max = (rlim_t)mapping.hard_maximum * mapping.unit;
    return 0;
}

int setrlimit(int resource, const struct rlimit *limit) {
    struct mapping mapping;
    if (!find_mapping(resource, &mapping))
        return -1;
    rlim_t hard = (rlim_t)mapping.hard_maximum * mapping.unit;
    if (limit->rlim_cur > limit->rlim_max) {
        errno = EINVAL;
        return -1;
    }
    if (limit->rlim_max > hard && limit->rlim_max != RLIM_INFINITY) {
        errno = EPERM;
        return -1;
    }
    rlim_t wanted = limit->rlim_cur > hard ? hard : limit->rlim_cur;
    long long value = (long long)(wanted / mapping.unit);
    if (value < 1) {
        errno = EINVAL; /* the kernel needs at least one of each */
        return -1;
    }
    int result = wasmos_limit_set(mapping.kind, value);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

int getrusage(int who, struct rusage *usage) {
    if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) {
        errno = EINVAL;
        return -1;
    }
    *usage = (struct rusage){0};
    if (who == RUSAGE_CHILDREN)
        return 0;
    long long nanoseconds = wasmos_cputime();
    usage->ru_utime.tv_sec = nanoseconds / 1000000000LL;
    usage->ru_utime.tv_usec = nanoseconds % 1000000000LL / 1000;
    usage->ru_maxrss = (long)(__builtin_wasm_memory_size(0) * (PAGE_SIZE / 1024));
    return 0;
}
