/* limits.h: clang's integer limits plus the POSIX path limits of WasmOS. */
#ifndef _WASMOS_LIMITS_H
#define _WASMOS_LIMITS_H

#include_next <limits.h>

#define PATH_MAX 4096
#define NAME_MAX 255
#define ARG_MAX 65536
#define OPEN_MAX 64
#define PIPE_BUF 4096
#define IOV_MAX 1024
#define SSIZE_MAX LONG_MAX

#endif
