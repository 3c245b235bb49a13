/* coremark: benchmark workload, a CoreMark-like integer mix: linked-list
 * search and merge sort, small matrix arithmetic, a number-scanning state
 * machine, all folded into a CRC-16.  Usage: coremark [iterations] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_ITERATIONS 200
#define LIST_NODES 128
#define MATRIX_SIZE 16

/* CRC-16/CCITT (polynomial 0x1021), bit by bit as small embedded code does it. */
static uint16_t crc16_byte(uint16_t crc, uint8_t byte) {
    crc ^= (uint16_t)(byte << 8);
    for (int bit = 0; bit < 8; bit++)
        crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    return crc;
}

static uint16_t crc16_word(uint16_t crc, uint32_t word) {
    for (int shift = 0; shift < 32; shift += 8)
        crc = crc16_byte(crc, (uint8_t)(word >> shift));
    return crc;
}

/* ---- Linked list ---- */

struct node {
    struct node *next;
    int16_t key;
    int16_t value;
};

static struct node node_pool[LIST_NODES];

static struct node *list_build(uint32_t seed) {
    for (int index = 0; index < LIST_NODES; index++) {
        seed = seed * 1664525u + 1013904223u;
        node_pool[index].key = (int16_t)index;
        node_pool[index].value = (int16_t)(seed >> 17);
        node_pool[index].next = index + 1 < LIST_NODES ? &node_pool[index + 1] : NULL;
    }
    return &node_pool[0];
}

static int compare_by_value(const struct node *left, const struct node *right) {
    return left->value != right->value ? left->value - right->value : left->key - right->key;
}

static int compare_by_key(const struct node *left, const struct node *right) {
    return left->key - right->key;
}

/* Bottom-up merge sort of a singly linked list, stable. */
static struct node *list_sort(struct node *list, int (*compare)(const struct node *, const struct node *)) {
    for (int width = 1;; width *= 2) {
        struct node *remaining = list, *head = NULL, **tail = &head;
        int merges = 0;
        while (remaining) {
            merges++;
            struct node *left = remaining, *right = remaining;
            int left_length = 0;
            while (right && left_length < width) {
                right = right->next;
                left_length++;
            }
            int right_length = width;
            while (left_length > 0 || (right_length > 0 && right)) {
                struct node *taken;
                if (left_length == 0) {
                    taken = right;
                    right = right->next;
                    right_length--;
                } else if (right_length == 0 || !right || compare(left, right) <= 0) {
                    taken = left;
                    left = left->next;
                    left_length--;
                } else {
                    taken = right;
                    right = right->next;
                    right_length--;
                }
                *tail = taken;
                tail = &taken->next;
            }
            remaining = right;
        }
        *tail = NULL;
        list = head;
        if (merges <= 1)
            return list;
    }
}

static struct node *list_reverse(struct node *list) {
    struct node *reversed = NULL;
    while (list) {
        struct node *next = list->next;
        list->next = reversed;
        reversed = list;
        list = next;
    }
    return reversed;
}

/* Position of the first node holding `value`, or -1. */
static int list_find(const struct node *list, int16_t value) {
    for (int position = 0; list; list = list->next, position++)
        if (list->value == value)
            return position;
    return -1;
}

static uint16_t list_work(struct node **list, uint32_t iteration, uint16_t crc) {
    /* Look for values that are present (taken from the pool) and some that may not be. */
    for (int probe = 0; probe < 8; probe++) {
        int16_t wanted = probe & 1 ? node_pool[(iteration * 7 + (uint32_t)probe * 13) % LIST_NODES].value
                                   : (int16_t)(iteration * 31 + (uint32_t)probe);
        crc = crc16_word(crc, (uint32_t)list_find(*list, wanted));
    }
    *list = list_reverse(*list);
    *list = list_sort(*list, compare_by_value);
    uint32_t folded = 0;
    int position = 0;
    for (struct node *node = *list; node; node = node->next, position++) {
        folded = folded * 31 + (uint16_t)node->value;
        if (position % 16 == 0)
            crc = crc16_word(crc, (uint32_t)node->key);
    }
    crc = crc16_word(crc, folded);
    /* Disturb the values so the next iteration sorts something different. */
    for (struct node *node = *list; node; node = node->next)
        node->value = (int16_t)(node->value ^ (int16_t)((iteration + (uint32_t)node->key) * 0x9e37u));
    *list = list_sort(*list, compare_by_key);
    return crc;
}

/* ---- Matrices ---- */

static int16_t matrix_a[MATRIX_SIZE][MATRIX_SIZE];
static int16_t matrix_b[MATRIX_SIZE][MATRIX_SIZE];
static int32_t matrix_c[MATRIX_SIZE][MATRIX_SIZE];

static void matrix_fill(uint32_t seed) {
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++) {
            seed = seed * 1103515245u + 12345u;
            matrix_a[row][column] = (int16_t)((seed >> 16) & 0x3ff) - 512;
            seed = seed * 1103515245u + 12345u;
            matrix_b[row][column] = (int16_t)((seed >> 16) & 0x3ff) - 512;
        }
}

/* A digest of `matrix_c` that weighs large and small entries differently. */
static uint32_t matrix_digest(int32_t threshold) {
    uint32_t digest = 0;
    int32_t running = 0;
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++) {
            running += matrix_c[row][column];
            if (running > threshold) {
                digest += 10;
                running = 0;
            } else {
                digest += running > matrix_c[row][column] ? 1 : 0;
            }
            digest ^= (uint32_t)matrix_c[row][column] << (column & 7);
        }
    return digest;
}

static uint16_t matrix_work(uint32_t iteration, uint16_t crc) {
    int16_t scalar = (int16_t)(iteration & 0xff) + 3;
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++)
            matrix_a[row][column] = (int16_t)(matrix_a[row][column] + scalar);
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++)
            matrix_c[row][column] = (int32_t)matrix_a[row][column] * scalar;
    crc = crc16_word(crc, matrix_digest(1 << 18));
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++) {
            int32_t sum = 0;
            for (int inner = 0; inner < MATRIX_SIZE; inner++)
                sum += (int32_t)matrix_a[row][inner] * matrix_b[inner][column];
            matrix_c[row][column] = sum;
        }
    crc = crc16_word(crc, matrix_digest(1 << 22));
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++) {
            int32_t sum = 0;
            for (int inner = 0; inner < MATRIX_SIZE; inner++)
                sum += ((matrix_a[row][inner] >> 5) & 0x7f) * ((matrix_b[inner][column] >> 2) & 0xf);
            matrix_c[row][column] = sum;
        }
    crc = crc16_word(crc, matrix_digest(1 << 12));
    for (int row = 0; row < MATRIX_SIZE; row++)
        for (int column = 0; column < MATRIX_SIZE; column++)
            matrix_a[row][column] = (int16_t)(matrix_a[row][column] - scalar);
    return crc;
}

/* ---- State machine ---- */

enum scan_state { SCAN_START, SCAN_SIGN, SCAN_INTEGER, SCAN_POINT, SCAN_FRACTION, SCAN_EXPONENT_MARK,
                  SCAN_EXPONENT_SIGN, SCAN_EXPONENT, SCAN_HEX_PREFIX, SCAN_HEX, SCAN_INVALID, SCAN_STATES };

static const char scan_tokens[] = "5012,1234,-874,+122,3.1416,-0.25,.5,6.02e23,-1.6e-19,1e+5,0x1f,0XaB,"
                                  "0x,12a,-,..2,7e,0x1g,99999,-3.,1.5E3,42,0,00,+0.0e0,0xdead,";

static void scan_count(char *text, uint32_t *final_counts, uint32_t *transitions) {
    enum scan_state state = SCAN_START;
    for (char *cursor = text;; cursor++) {
        char character = *cursor;
        enum scan_state next = state;
        if (character == ',' || character == '\0') {
            if (state != SCAN_START)
                final_counts[state]++;
            next = SCAN_START;
        } else {
            int digit = character >= '0' && character <= '9';
            int hex_letter = (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F');
            switch (state) {
            case SCAN_START:
                next = digit ? (character == '0' ? SCAN_HEX_PREFIX : SCAN_INTEGER)
                       : (character == '+' || character == '-') ? SCAN_SIGN
                       : character == '.'                       ? SCAN_POINT
                                                                : SCAN_INVALID;
                break;
            case SCAN_SIGN:
                next = digit ? SCAN_INTEGER : character == '.' ? SCAN_POINT : SCAN_INVALID;
                break;
            case SCAN_HEX_PREFIX:
                next = (character == 'x' || character == 'X') ? SCAN_HEX
                       : digit                                ? SCAN_INTEGER
                       : character == '.'                     ? SCAN_FRACTION
                       : (character == 'e' || character == 'E') ? SCAN_EXPONENT_MARK
                                                                : SCAN_INVALID;
                break;
            case SCAN_INTEGER:
                next = digit ? SCAN_INTEGER
                       : character == '.'                       ? SCAN_FRACTION
                       : (character == 'e' || character == 'E') ? SCAN_EXPONENT_MARK
                                                                : SCAN_INVALID;
                break;
            case SCAN_POINT:
                next = digit ? SCAN_FRACTION : SCAN_INVALID;
                break;
            case SCAN_FRACTION:
                next = digit                                    ? SCAN_FRACTION
                       : (character == 'e' || character == 'E') ? SCAN_EXPONENT_MARK
                                                                : SCAN_INVALID;
                break;
            case SCAN_EXPONENT_MARK:
                next = digit                                    ? SCAN_EXPONENT
                       : (character == '+' || character == '-') ? SCAN_EXPONENT_SIGN
                                                                : SCAN_INVALID;
                break;
            case SCAN_EXPONENT_SIGN:
            case SCAN_EXPONENT:
                next = digit ? SCAN_EXPONENT : SCAN_INVALID;
                break;
            case SCAN_HEX:
                next = (digit || hex_letter) ? SCAN_HEX : SCAN_INVALID;
                break;
            case SCAN_INVALID:
            case SCAN_STATES:
                next = SCAN_INVALID;
                break;
            }
        }
        if (next != state)
            transitions[state]++;
        state = next;
        if (character == '\0')
            return;
    }
}

static uint16_t state_work(char *text, size_t length, uint32_t iteration, uint16_t crc) {
    uint32_t final_counts[SCAN_STATES] = {0}, transitions[SCAN_STATES] = {0};
    scan_count(text, final_counts, transitions);
    /* Corrupt every few characters, scan again, then restore. */
    size_t step = 3 + iteration % 5;
    for (size_t index = iteration % step; index < length; index += step)
        text[index] = (char)(text[index] ^ 1);
    scan_count(text, final_counts, transitions);
    for (size_t index = iteration % step; index < length; index += step)
        text[index] = (char)(text[index] ^ 1);
    for (int state = 0; state < SCAN_STATES; state++) {
        crc = crc16_word(crc, final_counts[state]);
        crc = crc16_word(crc, transitions[state]);
    }
    return crc;
}

int main(int argc, char **argv) {
    long iterations = DEFAULT_ITERATIONS;
    if (argc > 1) {
        char *end;
        iterations = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || iterations <= 0) {
            fprintf(stderr, "coremark: %s: not a valid iteration count\n", argv[1]);
            return 2;
        }
    }
    char text[sizeof scan_tokens];
    memcpy(text, scan_tokens, sizeof text);
    struct node *list = list_build(0x1234u);
    matrix_fill(0x5678u);
    uint16_t crc = 0xffff;
    for (long iteration = 0; iteration < iterations; iteration++) {
        crc = list_work(&list, (uint32_t)iteration, crc);
        crc = matrix_work((uint32_t)iteration, crc);
        crc = state_work(text, sizeof text - 1, (uint32_t)iteration, crc);
    }
    printf("coremark %ld iterations: crc 0x%04x\n", iterations, crc);
    return 0;
}
