/* tmpnam.c: tmpnam(), a fresh file name under /tmp. */
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include <wasmos.h>

char *tmpnam(char *name) {
    static char static_name[L_tmpnam];
    if (name == NULL)
        name = static_name;
    for (int attempt = 0; attempt < TMP_MAX; attempt++) {
        uint32_t random_value;
        wasmos_random(&random_value, sizeof random_value);
        snprintf(name, L_tmpnam, "/tmp/tmp.%08x", (unsigned)random_value);
        struct stat status;
        if (stat(name, &status) != 0)
            return name;
    }
    return NULL;
}
