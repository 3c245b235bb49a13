/* which: prints the file the shell would run for each NAME. As the shell
 * does, a NAME with a '/' is that file; any other is looked for in each
 * directory of $PATH (/bin when unset; an empty entry is "."), first as
 * DIR/NAME.wasm, then as DIR/NAME. -a prints every match, not just the
 * first. WasmOS files have no execute bits: any regular file counts.
 * Exit status: 0 if every NAME was found, 1 if not, 2 for a bad option. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void usage(FILE *stream) {
    fprintf(stream, "usage: which [-a] NAME...\n"
                    "  -a  print every match in $PATH, not just the first\n");
}

static int is_regular_file(const char *path) {
    struct stat status;
    return stat(path, &status) == 0 && S_ISREG(status.st_mode);
}

/* Prints `directory`/`name``suffix` if it is a file; returns whether it was. */
static int try_candidate(const char *directory, size_t directory_length, const char *name, const char *suffix) {
    size_t length = directory_length + 1 + strlen(name) + strlen(suffix) + 1;
    char *candidate = malloc(length);
    if (!candidate)
        return 0;
    snprintf(candidate, length, "%.*s/%s%s", (int)directory_length, directory, name, suffix);
    int found = is_regular_file(candidate);
    if (found)
        printf("%s\n", candidate);
    free(candidate);
    return found;
}

/* Looks `name` up; returns whether it was found. */
static int which(const char *name, int all) {
    if (strchr(name, '/')) {
        if (!is_regular_file(name))
            return 0;
        printf("%s\n", name);
        return 1;
    }
    if (!*name)
        return 0;
    const char *path = getenv("PATH");
    if (!path)
        path = "/bin";
    int found = 0;
    for (;;) {
        const char *colon = strchr(path, ':');
        size_t length = colon ? (size_t)(colon - path) : strlen(path);
        const char *directory = length ? path : ".";
        if (!length)
            length = 1;
        if (try_candidate(directory, length, name, ".wasm"))
            found = 1;
        if ((all || !found) && try_candidate(directory, length, name, ""))
            found = 1;
        if ((found && !all) || !colon)
            break;
        path = colon + 1;
    }
    return found;
}

int main(int argc, char **argv) {
    int all = 0;
    int index = 1;
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        if (strcmp(argv[index], "--") == 0) {
            index++;
            break;
        }
        if (strcmp(argv[index], "--help") == 0) {
            usage(stdout);
            return 0;
        }
        for (const char *flag = argv[index] + 1; *flag; flag++) {
            if (*flag != 'a') {
                fprintf(stderr, "which: invalid option -- '%c'\n", *flag);
                usage(stderr);
                return 2;
            }
            all = 1;
        }
    }
    int status = index == argc;
    for (; index < argc; index++) {
        if (!which(argv[index], all))
            status = 1;
    }
    return status;
}
