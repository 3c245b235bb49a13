/* Tab completion: app and builtin names for a command, file names after it. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"

struct candidates {
    char *names[256];
    int count;
};

static void add_candidate(struct candidates *list, const char *name, size_t length, int is_directory) {
    if (list->count == (int)(sizeof list->names / sizeof *list->names))
        return;
    char *copy = malloc(length + 2);
    if (!copy)
        return;
    memcpy(copy, name, length);
    copy[length] = is_directory ? '/' : '\0';
    copy[length + is_directory] = '\0';
    for (int index = 0; index < list->count; index++) {
        if (strcmp(list->names[index], copy) == 0) {
            free(copy);
            return;
        }
    }
    list->names[list->count++] = copy;
}

/* Collects completions of `word`: apps and builtins for the first word of a
 * command, otherwise the entries of the word's directory. */
static void collect_candidates(const char *word, size_t length, int command_position, struct candidates *list) {
    const char *slash = memrchr(word, '/', length);
    if (command_position && !slash) {
        for (size_t index = 0; index < builtin_count; index++) {
            if (strncmp(builtins[index].name, word, length) == 0)
                add_candidate(list, builtins[index].name, strlen(builtins[index].name), 0);
        }
        DIR *directory = opendir("/bin");
        struct dirent *entry;
        while (directory && (entry = readdir(directory))) {
            size_t name_length = strlen(entry->d_name);
            if (name_length > 5 && strcmp(entry->d_name + name_length - 5, ".wasm") == 0 &&
                strncmp(entry->d_name, word, length) == 0 && name_length - 5 >= length)
                add_candidate(list, entry->d_name, name_length - 5, 0);
        }
        if (directory)
            closedir(directory);
        return;
    }
    char directory_path[LINE_CAPACITY];
    size_t prefix_length = slash ? (size_t)(slash - word) + 1 : 0;
    if (slash) {
        memcpy(directory_path, word, prefix_length);
        directory_path[prefix_length] = '\0';
    } else {
        strcpy(directory_path, ".");
    }
    const char *stem = word + prefix_length;
    size_t stem_length = length - prefix_length;
    DIR *directory = opendir(directory_path);
    struct dirent *entry;
    while (directory && (entry = readdir(directory))) {
        if (strncmp(entry->d_name, stem, stem_length) != 0)
            continue;
        if (stem_length == 0 && entry->d_name[0] == '.')
            continue;
        char full[LINE_CAPACITY * 2];
        snprintf(full, sizeof full, "%.*s%s", (int)prefix_length, word, entry->d_name);
        size_t full_length = strlen(full);
        add_candidate(list, full, full_length, entry->d_type == DT_DIR);
    }
    if (directory)
        closedir(directory);
}

void complete(struct editor *editor) {
    /* The word ends at the cursor and starts after the last space before it. */
    size_t start = editor->cursor;
    while (start > 0 && editor->line[start - 1] != ' ')
        start--;
    size_t first = 0;
    while (first < start && editor->line[first] == ' ')
        first++;
    int command_position = first == start;
    struct candidates list;
    list.count = 0;
    collect_candidates(editor->line + start, editor->cursor - start, command_position, &list);
    if (list.count == 0) {
        put_string("\a");
        return;
    }
    /* Insert the longest common prefix of the candidates. */
    size_t common = strlen(list.names[0]);
    for (int index = 1; index < list.count; index++) {
        size_t same = 0;
        while (same < common && list.names[index][same] == list.names[0][same])
            same++;
        common = same;
    }
    size_t typed = editor->cursor - start;
    if (common > typed) {
        for (size_t index = typed; index < common; index++)
            editor_insert_byte(editor, list.names[0][index]);
        if (list.count == 1 && list.names[0][common - 1] != '/')
            editor_insert_byte(editor, ' ');
    } else if (list.count == 1) {
        if (list.names[0][common - 1] != '/')
            editor_insert_byte(editor, ' ');
    } else {
        put_string("\r\n");
        for (int index = 0; index < list.count; index++) {
            put_string(list.names[index]);
            put_string(index + 1 < list.count ? "  " : "\r\n");
        }
        editor_redraw(editor);
    }
    for (int index = 0; index < list.count; index++)
        free(list.names[index]);
}
