/* uname: prints facts about the system, in GNU's order whatever the order
 * of the options: -s kernel name, -n node name, -r release, -v version,
 * -m machine, -p processor, -i hardware platform, -o operating system;
 * -a all of them except -p and -i, which WasmOS does not know (they print
 * "unknown", as GNU's does on Linux). No option means -s. */
#include <stdio.h>
#include <string.h>
#include <wasmos/tool_output.h>

/* WasmOS's own values: the release is the kernel's package version
 * (Cargo.toml), the machine the x86_64 it boots on; there is no host name. */
static const struct {
    char letter;
    const char *long_name;
    const char *value;
} fields[] = {
    {'s', "--kernel-name", "WasmOS"},
    {'n', "--nodename", "wasmos"},
    {'r', "--kernel-release", "0.1.0"},
    {'v', "--kernel-version", "tinywasm"},
    {'m', "--machine", "x86_64"},
    {'p', "--processor", "unknown"},
    {'i', "--hardware-platform", "unknown"},
    {'o', "--operating-system", "WasmOS"},
};
#define FIELD_COUNT (sizeof fields / sizeof *fields)

static void usage(FILE *stream) {
    fprintf(stream, "usage: uname [-asnrvmpio]\n"
                    "  -a, --all                all of the below, except -p and -i when unknown\n"
                    "  -s, --kernel-name        the kernel's name (the default)\n"
                    "  -n, --nodename           the machine's network name\n"
                    "  -r, --kernel-release     the kernel's release\n"
                    "  -v, --kernel-version     the kernel's version\n"
                    "  -m, --machine            the machine's hardware name\n"
                    "  -p, --processor          the processor type\n"
                    "  -i, --hardware-platform  the hardware platform\n"
                    "  -o, --operating-system   the operating system\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'uname --help' for more information.\n");
    return 1;
}

/* Marks the field of `letter` wanted; 'a' marks every known one. Returns 0,
 * or -1 for an unknown letter. */
static int want(char letter, int wanted[]) {
    for (size_t index = 0; index < FIELD_COUNT; index++) {
        if (letter == 'a' ? strcmp(fields[index].value, "unknown") != 0 : fields[index].letter == letter) {
            wanted[index] = 1;
            if (letter != 'a')
                return 0;
        }
    }
    return letter == 'a' ? 0 : -1;
}

int main(int argc, char **argv) {
    int wanted[FIELD_COUNT] = {0};
    int any = 0, options_done = 0;
    for (int index = 1; index < argc; index++) {
        const char *argument = argv[index];
        if (!options_done && strcmp(argument, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (options_done || argument[0] != '-' || !argument[1]) {
            fprintf(stderr, "uname: extra operand %s\n", wasmos_quote(argument));
            return usage_error();
        }
        if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (argument[1] == '-') {
            char letter = 0;
            if (strcmp(argument, "--all") == 0)
                letter = 'a';
            for (size_t field = 0; field < FIELD_COUNT; field++) {
                if (strcmp(argument, fields[field].long_name) == 0)
                    letter = fields[field].letter;
            }
            if (!letter) {
                fprintf(stderr, "uname: unrecognized option '%s'\n", argument);
                return usage_error();
            }
            want(letter, wanted);
            any = 1;
            continue;
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            if (want(*flag, wanted) < 0) {
                fprintf(stderr, "uname: invalid option -- '%c'\n", *flag);
                return usage_error();
            }
            any = 1;
        }
    }
    if (!any)
        wanted[0] = 1;
    int printed = 0;
    for (size_t index = 0; index < FIELD_COUNT; index++) {
        if (wanted[index])
            printf("%s%s", printed++ ? " " : "", fields[index].value);
    }
    putchar('\n');
    return 0;
}
