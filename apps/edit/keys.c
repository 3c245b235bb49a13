/* Keys from the console in raw mode: bytes, and the VT100 sequences that the
 * keyboard driver and serial terminals send for the arrows and the editing
 * keys. Input is read a byte at a time, so that whatever follows the
 * editor's last key stays for the next program (the shell, in a script). */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "edit.h"

/* How long the rest of an escape sequence may take to arrive; after that
 * the Escape key was pressed on its own. */
#define ESCAPE_TIMEOUT_MS 200

/* A byte read too far, given back (-1 if none). */
static int pushed_back = -1;
/* The last byte was a carriage return: a line feed right after it is the
 * same Enter. */
static int after_carriage_return;

/* Reads one byte; -1 at the end of input. */
static int read_byte(void) {
    if (pushed_back >= 0) {
        int byte = pushed_back;
        pushed_back = -1;
        return byte;
    }
    unsigned char byte;
    ssize_t count;
    do {
        count = read(0, &byte, 1);
    } while (count < 0 && errno == EINTR);
    return count == 1 ? byte : -1;
}

/* Whether a byte (or the end of input) arrives within `timeout_ms`. */
static int byte_waiting(int timeout_ms) {
    if (pushed_back >= 0)
        return 1;
    struct pollfd input = {.fd = 0, .events = POLLIN, .revents = 0};
    return poll(&input, 1, timeout_ms) > 0;
}

int key_waiting(void) {
    return byte_waiting(0);
}

/* The key a `CSI parameter final` or `SS3 final` sequence stands for. */
static int sequence_key(const char *parameter, int final) {
    switch (final) {
    case 'A': return KEY_UP;
    case 'B': return KEY_DOWN;
    case 'C': return KEY_RIGHT;
    case 'D': return KEY_LEFT;
    case 'H': return KEY_HOME;
    case 'F': return KEY_END;
    case '~':
        if (strcmp(parameter, "1") == 0 || strcmp(parameter, "7") == 0)
            return KEY_HOME;
        if (strcmp(parameter, "4") == 0 || strcmp(parameter, "8") == 0)
            return KEY_END;
        if (strcmp(parameter, "3") == 0)
            return KEY_DELETE;
        if (strcmp(parameter, "5") == 0)
            return KEY_PAGE_UP;
        if (strcmp(parameter, "6") == 0)
            return KEY_PAGE_DOWN;
        return KEY_NONE;
    default: return KEY_NONE;
    }
}

/* Reads what follows an ESC. */
static int read_escape(void) {
    if (!byte_waiting(ESCAPE_TIMEOUT_MS))
        return KEY_ESCAPE;
    int introducer = read_byte();
    if (introducer != '[' && introducer != 'O') {
        /* Escape, then an ordinary key (or the end of input). */
        pushed_back = introducer;
        return KEY_ESCAPE;
    }
    char parameter[16];
    size_t length = 0;
    for (;;) {
        int byte = read_byte();
        if (byte < 0)
            return KEY_END_OF_INPUT;
        if (byte >= 0x40 && byte <= 0x7e) {
            parameter[length] = '\0';
            /* Modifiers (`1;5C` is Ctrl-Right) do not change the key. */
            char *separator = strchr(parameter, ';');
            if (separator)
                *separator = '\0';
            return sequence_key(parameter, byte);
        }
        if (length < sizeof parameter - 1)
            parameter[length++] = (char)byte;
    }
}

int read_key(void) {
    for (;;) {
        int byte = read_byte();
        if (byte < 0)
            return KEY_END_OF_INPUT;
        int was_carriage_return = after_carriage_return;
        after_carriage_return = byte == '\r';
        switch (byte) {
        case '\n':
            if (was_carriage_return)
                continue;
            return KEY_ENTER;
        case '\r': return KEY_ENTER;
        case 0x7f:
        case CONTROL('H'): return KEY_BACKSPACE;
        case 0x1b: return read_escape();
        default: return byte;
        }
    }
}
