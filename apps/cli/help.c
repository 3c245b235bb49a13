/* help: the shell's builtins, then the apps in /bin, each with a line that
 * says what it does. An app's line comes from the app itself: the custom
 * section `wasmos.description` of its module (a C app declares it with
 * WASMOS_DESCRIPTION from <wasmos/description.h>). This file reads the
 * module's section headers, skipping the contents of every other section,
 * so that a large app costs a few reads. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shell.h"

#define DESCRIPTION_SECTION "wasmos.description"
#define DESCRIPTION_LIMIT 200

/* Small buffered reading of a module, counting the bytes consumed. */
struct module_reader {
    int fd;
    unsigned char buffer[512];
    size_t length;
    size_t position;
    long long offset; /* of buffer[position] in the file */
};

static int next_byte(struct module_reader *reader) {
    if (reader->position == reader->length) {
        ssize_t count = read(reader->fd, reader->buffer, sizeof reader->buffer);
        if (count <= 0)
            return -1;
        reader->length = (size_t)count;
        reader->position = 0;
    }
    reader->offset++;
    return reader->buffer[reader->position++];
}

/* Moves `count` bytes on, seeking when they are not buffered. */
static int skip_bytes(struct module_reader *reader, long long count) {
    long long buffered = (long long)(reader->length - reader->position);
    if (count <= buffered) {
        reader->position += (size_t)count;
        reader->offset += count;
        return 0;
    }
    reader->offset += count;
    reader->position = reader->length = 0;
    return lseek(reader->fd, reader->offset, SEEK_SET) < 0 ? -1 : 0;
}

/* An unsigned LEB128 number, -1 if the module ends first. */
static long long read_leb(struct module_reader *reader) {
    long long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        int byte = next_byte(reader);
        if (byte < 0)
            return -1;
        value |= (long long)(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    return -1;
}

/* The first line of a module's description section, or NULL. */
static char *module_description(const char *path) {
    struct module_reader reader = {0};
    reader.fd = open(path, O_RDONLY);
    if (reader.fd < 0)
        return NULL;
    char *description = NULL;
    static const unsigned char header[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
    int valid = 1;
    for (int index = 0; index < 8 && valid; index++)
        valid = next_byte(&reader) == header[index];
    while (valid && !description) {
        int id = next_byte(&reader);
        long long size = id < 0 ? -1 : read_leb(&reader);
        if (size < 0)
            break;
        long long end = reader.offset + size;
        if (id == 0) {
            long long name_length = read_leb(&reader);
            int matches = name_length == (long long)strlen(DESCRIPTION_SECTION);
            for (long long index = 0; matches && index < name_length; index++) {
                int byte = next_byte(&reader);
                matches = byte == DESCRIPTION_SECTION[index];
            }
            if (matches) {
                struct text text = {0};
                while (reader.offset < end && text.length < DESCRIPTION_LIMIT) {
                    int byte = next_byte(&reader);
                    if (byte < 0 || byte == '\n')
                        break;
                    text_append_char(&text, (char)byte);
                }
                description = text_take(&text);
            }
        }
        if (!description && skip_bytes(&reader, end - reader.offset) < 0)
            break;
    }
    close(reader.fd);
    return description;
}

static int compare_names(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

static void list_apps(void) {
    DIR *directory = opendir("/bin");
    if (!directory)
        return;
    struct string_list names = {0};
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        size_t length = strlen(entry->d_name);
        if (length > 5 && strcmp(entry->d_name + length - 5, ".wasm") == 0)
            string_list_add(&names, shell_copy_length(entry->d_name, length - 5));
    }
    closedir(directory);
    if (names.count > 1)
        qsort(names.items, (size_t)names.count, sizeof *names.items, compare_names);
    for (int index = 0; index < names.count; index++) {
        char path[300];
        snprintf(path, sizeof path, "/bin/%s.wasm", names.items[index]);
        char *description = module_description(path);
        if (description && *description)
            printf("  %-14s %s\n", names.items[index], description);
        else
            printf("  %s\n", names.items[index]);
        free(description);
    }
    string_list_free(&names);
}

static void show_builtin(const struct builtin *builtin) {
    if (strlen(builtin->usage) <= 28)
        printf("  %-28s %s\n", builtin->usage, builtin->description);
    else
        printf("  %s\n  %-28s %s\n", builtin->usage, "", builtin->description);
}

int builtin_help(int argc, char **argv) {
    if (argc > 1) {
        int status = 0;
        for (int index = 1; index < argc; index++) {
            const struct builtin *builtin = builtin_find(argv[index]);
            if (builtin) {
                show_builtin(builtin);
                continue;
            }
            char path[300];
            snprintf(path, sizeof path, "/bin/%s.wasm", argv[index]);
            char *description = module_description(path);
            if (description) {
                printf("  %-14s %s\n", argv[index], description);
                free(description);
            } else {
                shell_error("help: %s: no builtin or app of that name", argv[index]);
                status = 1;
            }
        }
        return status;
    }
    printf("WasmOS shell. Builtins:\n");
    for (size_t index = 0; index < builtin_count; index++)
        show_builtin(&builtins[index]);
    printf("Apps in /bin:\n");
    fflush(stdout);
    list_apps();
    printf("Syntax: pipelines a | b; lists a; b  a && b  a || b  a & (in the background);\n"
           "  redirections < > >> 2> 2>&1 <<EOF; if/elif/else/fi; while/until/for ... do\n"
           "  ... done; case WORD in PATTERN) ... ;; esac; NAME() { ...; }; $NAME $1 $#\n"
           "  $@ $? $! $$ ${NAME:-default} $(command) $((1 + 2)); * ? [...] match files.\n"
           "  `cli FILE [ARGUMENT]...` runs a script (examples in /etc/examples).\n"
           "Jobs: Ctrl-C ends the foreground job, Ctrl-Z stops it (fg or bg continue it).\n"
           "Editing: arrows, Home/End, Tab completes, Up/Down history, Ctrl-A/E/K/U/W/L,\n"
           "  Ctrl-C cancels the line, Ctrl-D on an empty line leaves.\n");
    return 0;
}
