/* The command history: the last HISTORY_CAPACITY distinct lines. */
#include <stdlib.h>
#include <string.h>

#include "shell.h"

static char *history[HISTORY_CAPACITY];
static int history_count;
static int history_total; /* lines ever added, for numbering */

void history_add(const char *line) {
    if (!*line || (history_count > 0 && strcmp(history[history_count - 1], line) == 0))
        return;
    char *copy = strdup(line);
    if (!copy)
        return;
    if (history_count == HISTORY_CAPACITY) {
        free(history[0]);
        memmove(history, history + 1, (HISTORY_CAPACITY - 1) * sizeof *history);
        history_count--;
    }
    history[history_count++] = copy;
    history_total++;
}

int history_length(void) {
    return history_count;
}

const char *history_line(int index) {
    return history[index];
}

int history_number(int index) {
    return history_total - history_count + 1 + index;
}
