/* tr: copies standard input to standard output, translating, deleting (-d)
 * or squeezing (-s) bytes, as GNU tr does in the C locale. A SET is a string
 * with escapes (\n \t \\ \NNN ...), ranges (a-z), classes ([:alpha:] ...),
 * [=c=] and, in SET2, repeats ([c*n], [c*] to fill it to SET1's length).
 * -c takes SET1's complement, -t truncates SET1 to SET2's length. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] = "usage: tr [-cdst] SET1 [SET2]\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Translate, squeeze or delete bytes of standard input, writing to standard output.\n"
          "  -c        use the complement of SET1\n"
          "  -d        delete the bytes of SET1\n"
          "  -s        squeeze each run of a byte of the last SET into one\n"
          "  -t        first truncate SET1 to the length of SET2\n"
          "  --help    show this help\n"
          "SETs hold bytes, escapes \\\\ \\a \\b \\f \\n \\r \\t \\v \\NNN (octal), ranges C1-C2,\n"
          "classes [:alnum:] [:alpha:] [:blank:] [:cntrl:] [:digit:] [:graph:] [:lower:]\n"
          "[:print:] [:punct:] [:space:] [:upper:] [:xdigit:], [=C=] (the byte C), and in\n"
          "SET2 [C*N] (N copies of C; N octal with a leading 0) and [C*] (C as often as\n"
          "SET1 needs).\n",
          stdout);
}

static void die(const char *message) {
    fprintf(stderr, "tr: %s\n", message);
    exit(1);
}

static void die_usage(void) {
    fputs(usage_line, stderr);
    exit(1);
}

/* One byte of a SET after its escapes are read. */
struct symbol {
    unsigned char byte;
    int escaped;
};

/* Reads the escapes of `text` into `symbols`; returns how many. */
static size_t unescape(const char *text, struct symbol *symbols) {
    size_t count = 0;
    for (const char *at = text; *at; at++) {
        if (*at != '\\') {
            symbols[count++] = (struct symbol){(unsigned char)*at, 0};
            continue;
        }
        at++;
        unsigned char byte;
        switch (*at) {
        case '\0':
            fputs("tr: warning: an unescaped backslash at end of string is not portable\n", stderr);
            at--;
            byte = '\\';
            break;
        case 'a': byte = '\a'; break;
        case 'b': byte = '\b'; break;
        case 'f': byte = '\f'; break;
        case 'n': byte = '\n'; break;
        case 'r': byte = '\r'; break;
        case 't': byte = '\t'; break;
        case 'v': byte = '\v'; break;
        default:
            if (*at >= '0' && *at <= '7') {
                int value = *at - '0';
                for (int digits = 1; digits < 3 && at[1] >= '0' && at[1] <= '7'; digits++) {
                    int next = value * 8 + (at[1] - '0');
                    if (next > 255) {
                        fprintf(stderr,
                                "tr: warning: the ambiguous octal escape \\%c%c%c is being\n"
                                "\tinterpreted as the 2-byte sequence \\0%c%c, %c\n",
                                at[-1], at[0], at[1], at[-1], at[0], at[1]);
                        break;
                    }
                    value = next;
                    at++;
                }
                byte = (unsigned char)value;
            } else {
                byte = (unsigned char)*at;
            }
        }
        symbols[count++] = (struct symbol){byte, 1};
    }
    return count;
}

/* The parts a SET is made of. */
enum element_kind { SINGLE, RANGE, CLASS, EQUIVALENT, REPEAT };

struct element {
    enum element_kind kind;
    unsigned char first, last; /* SINGLE, EQUIVALENT: first; RANGE: both; REPEAT: first */
    int class_index;           /* CLASS */
    size_t count;              /* REPEAT: copies, 0 for "as many as needed" */
};

/* The character classes, in the C locale. */
static const struct {
    const char *name;
    int (*test)(int);
} classes[] = {
    {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
    {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
    {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
};
#define CLASS_COUNT (sizeof classes / sizeof classes[0])
enum { CLASS_LOWER = 6, CLASS_UPPER = 10 };

/* Whether symbols[at] is the unescaped character `c`. */
static int is_plain(const struct symbol *symbols, size_t count, size_t at, char c) {
    return at < count && !symbols[at].escaped && symbols[at].byte == (unsigned char)c;
}

/* Finds the unescaped pair `first``second` from `from`; returns its index or `count`. */
static size_t find_closing(const struct symbol *symbols, size_t count, size_t from, char first, char second) {
    for (size_t at = from; at + 1 < count; at++) {
        if (is_plain(symbols, count, at, first) && is_plain(symbols, count, at + 1, second))
            return at;
    }
    return count;
}

/* Tries to read a bracketed construct at symbols[at] ('['); returns the
 * symbols it took, or 0 if it is not one (the '[' is then a plain byte). */
static size_t read_bracket(const struct symbol *symbols, size_t count, size_t at, struct element *element) {
    if (is_plain(symbols, count, at + 1, ':') || is_plain(symbols, count, at + 1, '=')) {
        char kind = (char)symbols[at + 1].byte;
        size_t close = find_closing(symbols, count, at + 2, kind, ']');
        if (close == count)
            return 0;
        size_t length = close - (at + 2);
        char name[64];
        size_t name_length = length < sizeof name - 1 ? length : sizeof name - 1;
        for (size_t index = 0; index < name_length; index++)
            name[index] = (char)symbols[at + 2 + index].byte;
        name[name_length] = '\0';
        if (kind == '=') {
            if (length != 1) {
                fprintf(stderr, "tr: %s: equivalence class operand must be a single character\n", name);
                exit(1);
            }
            *element = (struct element){EQUIVALENT, symbols[at + 2].byte, 0, 0, 0};
            return close + 2 - at;
        }
        if (length == 0) {
            fputs("tr: missing character class name '[::]'\n", stderr);
            exit(1);
        }
        for (size_t index = 0; index < CLASS_COUNT; index++) {
            if (strcmp(name, classes[index].name) == 0) {
                *element = (struct element){CLASS, 0, 0, (int)index, 0};
                return close + 2 - at;
            }
        }
        fprintf(stderr, "tr: invalid character class '%s'\n", name);
        exit(1);
    }
    if (at + 2 >= count || !is_plain(symbols, count, at + 2, '*'))
        return 0;
    size_t close = at + 3;
    while (close < count && !is_plain(symbols, count, close, ']'))
        close++;
    if (close == count)
        return 0;
    size_t repeat = 0;
    int base = is_plain(symbols, count, at + 3, '0') ? 8 : 10;
    for (size_t index = at + 3; index < close; index++) {
        unsigned char digit = symbols[index].byte;
        if (symbols[index].escaped || digit < '0' || digit >= '0' + base) {
            fputs("tr: invalid repeat count '", stderr);
            for (size_t bad = at + 3; bad < close; bad++)
                fputc(symbols[bad].byte, stderr);
            fputs("' in [c*n] construct\n", stderr);
            exit(1);
        }
        repeat = repeat * (size_t)base + (size_t)(digit - '0');
        if (repeat > 0x7fffffff)
            repeat = 0x7fffffff;
    }
    *element = (struct element){REPEAT, symbols[at + 1].byte, 0, 0, repeat};
    return close + 1 - at;
}

/* Writes a byte of a message as GNU quotes it: C escapes for backslash,
 * apostrophe and control characters, octal for other unprintable bytes. */
static void print_byte(unsigned char byte) {
    static const char escapes[] = "\a\b\t\n\v\f\r";
    static const char letters[] = "abtnvfr";
    const char *escape = byte ? strchr(escapes, byte) : NULL;
    if (byte == '\\' || byte == '\'')
        fprintf(stderr, "\\%c", byte);
    else if (escape)
        fprintf(stderr, "\\%c", letters[escape - escapes]);
    else if (isprint(byte))
        fputc(byte, stderr);
    else
        fprintf(stderr, "\\%03o", byte);
}

/* Writes a range endpoint as GNU does: itself if printable, else in octal. */
static void print_endpoint(unsigned char byte) {
    if (isprint(byte))
        fputc(byte, stderr);
    else
        fprintf(stderr, "\\%03o", byte);
}

static void print_quoted(const char *text) {
    fputc('\'', stderr);
    for (; *text; text++)
        print_byte((unsigned char)*text);
    fputc('\'', stderr);
}

/* A parsed SET. */
struct set {
    struct element *elements;
    size_t count;
};

static struct set parse_set(const char *text) {
    size_t length = strlen(text);
    struct symbol *symbols = malloc((length + 1) * sizeof *symbols);
    struct set set = {malloc((length + 1) * sizeof *set.elements), 0};
    if (!symbols || !set.elements)
        die("memory exhausted");
    size_t count = unescape(text, symbols);
    for (size_t at = 0; at < count;) {
        struct element *element = &set.elements[set.count++];
        if (is_plain(symbols, count, at, '[')) {
            size_t taken = read_bracket(symbols, count, at, element);
            if (taken) {
                at += taken;
                continue;
            }
        }
        if (at + 2 < count && is_plain(symbols, count, at + 1, '-')) {
            if (symbols[at].byte > symbols[at + 2].byte) {
                fputs("tr: range-endpoints of '", stderr);
                print_endpoint(symbols[at].byte);
                fputc('-', stderr);
                print_endpoint(symbols[at + 2].byte);
                fputs("' are in reverse collating sequence order\n", stderr);
                exit(1);
            }
            *element = (struct element){RANGE, symbols[at].byte, symbols[at + 2].byte, 0, 0};
            at += 3;
            continue;
        }
        *element = (struct element){SINGLE, symbols[at].byte, 0, 0, 0};
        at++;
    }
    free(symbols);
    return set;
}

/* A SET spelled out byte by byte; `class_at[i]` is the class that put byte
 * i there (-1 if none), for lining up [:upper:] with [:lower:]. */
struct expansion {
    unsigned char *bytes;
    int *class_at;
    size_t length;
};

static void append(struct expansion *expansion, unsigned char byte, int class_index) {
    expansion->bytes = realloc(expansion->bytes, expansion->length + 1);
    expansion->class_at = realloc(expansion->class_at, (expansion->length + 1) * sizeof(int));
    if (!expansion->bytes || !expansion->class_at)
        die("memory exhausted");
    expansion->bytes[expansion->length] = byte;
    expansion->class_at[expansion->length] = class_index;
    expansion->length++;
}

/* Spells out `set`; a [c*] repeat gets `fill` copies. */
static struct expansion expand(const struct set *set, size_t fill) {
    struct expansion expansion = {NULL, NULL, 0};
    for (size_t index = 0; index < set->count; index++) {
        const struct element *element = &set->elements[index];
        switch (element->kind) {
        case SINGLE:
        case EQUIVALENT:
            append(&expansion, element->first, -1);
            break;
        case RANGE:
            for (int c = element->first; c <= element->last; c++)
                append(&expansion, (unsigned char)c, -1);
            break;
        case CLASS:
            for (int c = 0; c < 256; c++) {
                if (classes[element->class_index].test(c))
                    append(&expansion, (unsigned char)c, element->class_index);
            }
            break;
        case REPEAT:
            for (size_t copy = 0; copy < (element->count ? element->count : fill); copy++)
                append(&expansion, element->first, -1);
            break;
        }
    }
    return expansion;
}

static int has_kind(const struct set *set, enum element_kind kind, int fill_only) {
    for (size_t index = 0; index < set->count; index++) {
        if (set->elements[index].kind == kind && (!fill_only || set->elements[index].count == 0))
            return 1;
    }
    return 0;
}

/* The complement of an expansion: every byte not in it, in increasing order. */
static struct expansion complement(const struct expansion *expansion) {
    int present[256] = {0};
    for (size_t index = 0; index < expansion->length; index++)
        present[expansion->bytes[index]] = 1;
    struct expansion result = {NULL, NULL, 0};
    for (int c = 0; c < 256; c++) {
        if (!present[c])
            append(&result, (unsigned char)c, -1);
    }
    return result;
}

static int complement_set, delete_bytes, squeeze, truncate_set1;
static unsigned char translation[256];
static int deleted[256], squeezed[256];

/* Works out the translation table from SET1 and SET2. */
static void build_translation(const struct set *set1, const struct set *set2) {
    if (has_kind(set2, EQUIVALENT, 0))
        die("[=c=] expressions may not appear in string2 when translating");
    for (size_t index = 0; index < set2->count; index++) {
        const struct element *element = &set2->elements[index];
        if (element->kind == CLASS && element->class_index != CLASS_LOWER && element->class_index != CLASS_UPPER)
            die("when translating, the only character classes that may appear in\n"
                "string2 are 'upper' and 'lower'");
    }
    size_t fills = 0;
    for (size_t index = 0; index < set2->count; index++)
        fills += set2->elements[index].kind == REPEAT && set2->elements[index].count == 0;
    if (fills > 1)
        die("only one [c*] repeat construct may appear in string2");

    struct expansion source = expand(set1, 0);
    if (complement_set)
        source = complement(&source);
    struct expansion target = expand(set2, 0);
    if (fills && target.length < source.length)
        target = expand(set2, source.length - target.length);

    /* A case class must stand opposite a case class of SET1 (GNU checks up
     * to just past SET1's end, and not against a complement). */
    for (size_t index = 0; !complement_set && index < target.length && index <= source.length; index++) {
        int class_index = target.class_at[index];
        if (class_index < 0 || (index > 0 && target.class_at[index - 1] == class_index))
            continue;
        int opposite = index < source.length ? source.class_at[index] : -1;
        if ((opposite != CLASS_LOWER && opposite != CLASS_UPPER) ||
            (index > 0 && source.class_at[index - 1] == opposite))
            die("misaligned [:upper:] and/or [:lower:] construct");
    }
    size_t length = source.length;
    if (truncate_set1) {
        if (target.length < length)
            length = target.length;
    } else if (target.length < length) {
        if (target.length == 0)
            die("when not truncating set1, string2 must be non-empty");
        if (set2->elements[set2->count - 1].kind == CLASS)
            die("when translating with string1 longer than string2,\n"
                "the latter string must not end with a character class");
        while (target.length < length)
            append(&target, target.bytes[target.length - 1], -1);
    }
    /* A complement with classes has no order to map position by position:
     * GNU wants one byte for all of it. */
    if (complement_set && has_kind(set1, CLASS, 0)) {
        for (size_t index = 1; index < source.length; index++) {
            if (index >= target.length || target.bytes[index] != target.bytes[0])
                die("when translating with complemented character classes,\n"
                    "string2 must map all characters in the domain to one");
        }
    }
    for (size_t index = 0; index < length; index++)
        translation[source.bytes[index]] = target.bytes[index];
    /* -s squeezes the bytes of SET2, as many [c*] copies as it took included. */
    for (size_t index = 0; squeeze && index < target.length; index++)
        squeezed[target.bytes[index]] = 1;
}

/* Marks the bytes of `set` (or of its complement) in `table`. */
static void mark(const struct set *set, int complemented, int *table, const char *repeat_message) {
    if (has_kind(set, REPEAT, 1))
        die(repeat_message);
    struct expansion expansion = expand(set, 0);
    if (complemented)
        expansion = complement(&expansion);
    for (size_t index = 0; index < expansion.length; index++)
        table[expansion.bytes[index]] = 1;
}

static void missing_operand(const char *after, const char *why) {
    if (after) {
        fputs("tr: missing operand after ", stderr);
        print_quoted(after);
        fprintf(stderr, "\n%s\n", why);
    } else {
        fputs("tr: missing operand\n", stderr);
    }
    die_usage();
}

int main(int argc, char **argv) {
    opterr = 0;
    int option;
    /* Like GNU tr, options end at the first operand. */
    while (optind < argc && strcmp(argv[optind], "--help") != 0) {
        if (strncmp(argv[optind], "--", 2) == 0 && argv[optind][2]) {
            fprintf(stderr, "tr: unrecognized option '%s'\n", argv[optind]);
            die_usage();
        }
        if ((option = getopt(argc, argv, "cdst")) == -1)
            break;
        switch (option) {
        case 'c':
            complement_set = 1;
            break;
        case 'd':
            delete_bytes = 1;
            break;
        case 's':
            squeeze = 1;
            break;
        case 't':
            truncate_set1 = 1;
            break;
        default:
            fprintf(stderr, "tr: invalid option -- '%c'\n", optopt);
            die_usage();
        }
    }
    if (optind < argc && strcmp(argv[optind], "--help") == 0) {
        help();
        return 0;
    }
    int operands = argc - optind;
    char **sets = argv + optind;
    int translating = !delete_bytes && operands >= 2;
    int maximum = delete_bytes && !squeeze ? 1 : 2;
    if (operands == 0)
        missing_operand(NULL, NULL);
    if (operands == 1 && delete_bytes && squeeze)
        missing_operand(sets[0], "Two strings must be given when both deleting and squeezing repeats.");
    if (operands == 1 && !delete_bytes && !squeeze)
        missing_operand(sets[0], "Two strings must be given when translating.");
    if (operands > maximum) {
        fputs("tr: extra operand ", stderr);
        print_quoted(sets[maximum]);
        fputc('\n', stderr);
        if (operands == 2)
            fputs("Only one string may be given when deleting without squeezing repeats.\n", stderr);
        die_usage();
    }

    struct set set1 = parse_set(sets[0]);
    struct set set2 = operands == 2 ? parse_set(sets[1]) : (struct set){NULL, 0};
    for (int c = 0; c < 256; c++)
        translation[c] = (unsigned char)c;
    if (translating) {
        if (has_kind(&set1, REPEAT, 1))
            die("the [c*] repeat construct may not appear in string1");
        build_translation(&set1, &set2);
    }
    static const char in_set1[] = "the [c*] repeat construct may not appear in string1";
    if (delete_bytes)
        mark(&set1, complement_set, deleted, in_set1);
    if (squeeze && !translating) {
        if (operands == 2)
            mark(&set2, 0, squeezed, "the [c*] construct may appear in string2 only when translating");
        else
            mark(&set1, complement_set, squeezed, in_set1);
    }

    static unsigned char input[16384], output[16384];
    int last = -1;
    for (;;) {
        ssize_t got = read(0, input, sizeof input);
        if (got < 0) {
            fprintf(stderr, "tr: read error: %s\n", strerror(errno));
            return 1;
        }
        if (got == 0)
            break;
        size_t out = 0;
        for (ssize_t index = 0; index < got; index++) {
            unsigned char c = input[index];
            if (deleted[c])
                continue;
            c = translation[c];
            if (squeezed[c] && c == last)
                continue;
            output[out++] = c;
            last = c;
        }
        if (fwrite(output, 1, out, stdout) != out)
            break;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "tr: write error: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
