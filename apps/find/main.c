/* find: walks directory trees and evaluates an expression on every file, as
 * GNU find does: tests (-name -iname -path -ipath -wholename -iwholename
 * -type -size -empty -newer -true -false), actions (-print -print0 -exec ... ; -exec ... {} + -prune
 * -quit), operators (! -not, -a -and, -o -or, ',' and parentheses) and the
 * options -maxdepth, -mindepth and -depth. With no action in the
 * expression, the files it is true for are printed.
 *
 * The entries of a directory are visited in byte order of their names, so
 * the output does not depend on how the file system happens to list them
 * (GNU find follows the directory's own order). */
#include <errno.h>
#include <fnmatch.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dirent.h>
#include <unistd.h>
#include <wasmos.h>

/* What a node of the expression is. */
enum kind {
    NODE_AND,
    NODE_OR,
    NODE_NOT,
    NODE_COMMA,
    NODE_TRUE,
    NODE_FALSE,
    NODE_NAME,
    NODE_PATH,
    NODE_TYPE,
    NODE_SIZE,
    NODE_EMPTY,
    NODE_NEWER,
    NODE_PRINT,
    NODE_PRINT0,
    NODE_EXEC,
    NODE_EXEC_BATCH,
    NODE_PRUNE,
    NODE_QUIT,
};

/* How -size compares. */
enum comparison { EXACTLY, MORE_THAN, LESS_THAN };

/* The names gathered by one `-exec ... {} +` for its next run. */
struct batch {
    char **paths;
    size_t count;
    size_t capacity;
    size_t bytes; /* their lengths plus one each */
};

struct node {
    enum kind kind;
    struct node *left, *right; /* operands of AND, OR, COMMA; NOT uses left */
    const char *pattern;       /* NAME, PATH */
    int fnmatch_flags;         /* NAME, PATH */
    unsigned types;            /* TYPE: a bit per accepted type letter */
    enum comparison comparison;
    long long size;       /* SIZE: the number */
    long long unit;       /* SIZE: bytes per unit */
    struct timespec time; /* NEWER: the reference file's modification time */
    char **command;       /* EXEC: the command and its arguments */
    int command_count;
    struct batch batch; /* EXEC_BATCH */
};

/* The type letters -type knows, in the order of their bits. */
static const char type_letters[] = "fdcbpls";

/* The options and state of the whole run. */
static struct {
    int max_depth; /* -1: no limit */
    int min_depth;
    int depth_first;
    int quitting;
    int status;
    /* The parser's position in the arguments. */
    char **arguments;
    int count;
    int next;
    int has_action;
    /* Every -exec ... + node, to run what is left at the end. */
    struct node **batches;
    int batch_count;
} run = {.max_depth = -1};

/* One file being looked at. */
struct file {
    const char *path;
    struct stat status;
    int pruned;
};

static void usage(FILE *stream) {
    fprintf(stream,
            "Usage: find [-H] [-L] [-P] [starting-point...] [expression]\n"
            "\n"
            "Walks each starting point (default .) and evaluates the expression on every\n"
            "file; with no action in it, prints the files it is true for.\n"
            "\n"
            "options:   -maxdepth LEVELS  -mindepth LEVELS  -depth (or -d)\n"
            "tests:     -name PATTERN  -iname PATTERN  -path PATTERN  -ipath PATTERN\n"
            "           -wholename PATTERN  -iwholename PATTERN\n"
            "           -type [fdcbpls][,...]  -size [+-]N[bcwkMG]  -empty  -newer FILE\n"
            "           -true  -false\n"
            "actions:   -print  -print0  -exec COMMAND ;  -exec COMMAND {} +  -prune  -quit\n"
            "operators: ( EXPR )  ! EXPR  -not EXPR  EXPR -a EXPR  EXPR -and EXPR\n"
            "           EXPR -o EXPR  EXPR -or EXPR  EXPR , EXPR\n");
}

static void *allocate(size_t size) {
    void *memory = calloc(1, size);
    if (!memory) {
        fprintf(stderr, "find: out of memory\n");
        exit(1);
    }
    return memory;
}

/* Reports a mistake in the command line and ends with status 1. */
static __attribute__((noreturn, format(printf, 1, 2))) void fail(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    fputs("find: ", stderr);
    vfprintf(stderr, format, arguments);
    fputc('\n', stderr);
    va_end(arguments);
    exit(1);
}

static struct node *new_node(enum kind kind) {
    struct node *node = allocate(sizeof *node);
    node->kind = kind;
    return node;
}

/* ---- Parsing ---- */

static const char *peek(void) {
    return run.next < run.count ? run.arguments[run.next] : NULL;
}

/* The argument of the primary `name` just read. */
static const char *take_argument(const char *name) {
    if (run.next >= run.count)
        fail("missing argument to `%s'", name);
    return run.arguments[run.next++];
}

static int parse_depth(const char *name) {
    const char *text = take_argument(name);
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (!*text || *end || value < 0 || value > 0x7fffffff || errno || text[0] == '-' || text[0] == '+') {
        fprintf(stderr, "find: Expected a positive decimal integer argument to %s, but got '%s'\n", name, text);
        exit(1);
    }
    return (int)value;
}

static void parse_size(struct node *node) {
    const char *text = take_argument("-size");
    const char *cursor = text;
    node->comparison = EXACTLY;
    if (*cursor == '+' || *cursor == '-') {
        node->comparison = *cursor == '+' ? MORE_THAN : LESS_THAN;
        cursor++;
    }
    if (*cursor < '0' || *cursor > '9')
        fail("invalid argument `%s' to `-size'", text);
    long long value = 0;
    for (; *cursor >= '0' && *cursor <= '9'; cursor++) {
        if (value > (0x7fffffffffffffffLL - 9) / 10)
            fail("invalid argument `%s' to `-size'", text);
        value = value * 10 + (*cursor - '0');
    }
    node->size = value;
    node->unit = 512;
    if (*cursor) {
        switch (*cursor) {
        case 'b': node->unit = 512; break;
        case 'c': node->unit = 1; break;
        case 'w': node->unit = 2; break;
        case 'k': node->unit = 1024; break;
        case 'M': node->unit = 1024 * 1024; break;
        case 'G': node->unit = 1024 * 1024 * 1024; break;
        default: fail("invalid -size type `%c'", *cursor);
        }
        if (cursor[1])
            fail("invalid argument `%s' to `-size'", text);
    }
}

static void parse_type(struct node *node) {
    const char *text = take_argument("-type");
    const char *cursor = text;
    for (;;) {
        const char *letter = *cursor ? strchr(type_letters, *cursor) : NULL;
        if (!letter)
            fail("Unknown argument to -type: %s", text);
        unsigned bit = 1u << (letter - type_letters);
        if (node->types & bit)
            fail("Duplicate file type '%c' in the argument list to -type.", *cursor);
        node->types |= bit;
        cursor++;
        if (*cursor == '\0')
            break;
        if (*cursor != ',' || cursor[1] == '\0')
            fail("Must separate multiple arguments to -type using: ','");
        cursor++;
    }
}

static void parse_exec(struct node *node) {
    int first = run.next;
    int end = first;
    int batch = 0;
    for (; end < run.count; end++) {
        const char *word = run.arguments[end];
        if (strcmp(word, ";") == 0)
            break;
        if (strcmp(word, "+") == 0 && end > first && strcmp(run.arguments[end - 1], "{}") == 0) {
            batch = 1;
            break;
        }
    }
    if (end >= run.count || end == first)
        fail("missing argument to `%s'", "-exec");
    node->command_count = end - first;
    node->command = &run.arguments[first];
    run.next = end + 1;
    if (batch) {
        node->kind = NODE_EXEC_BATCH;
        node->command_count--; /* the final {} stands for the names */
        for (int index = 0; index < node->command_count; index++) {
            if (strstr(node->command[index], "{}")) {
                if (strcmp(node->command[index], "{}") == 0)
                    fail("Only one instance of {} is supported with -exec ... +");
                fail("In '-exec ... {} +' the '{}' must appear by itself, but you specified '%s'", node->command[index]);
            }
        }
        if (node->command_count == 0)
            fail("missing argument to `%s'", "-exec");
        run.batches = realloc(run.batches, (size_t)(run.batch_count + 1) * sizeof *run.batches);
        if (!run.batches)
            fail("out of memory");
        run.batches[run.batch_count++] = node;
    }
}

/* Reads one primary: a test, an action or an option. */
static struct node *parse_primary(void) {
    const char *name = run.arguments[run.next++];
    struct node *node;
    if (strcmp(name, "-name") == 0 || strcmp(name, "-iname") == 0 || strcmp(name, "-path") == 0 ||
        strcmp(name, "-ipath") == 0 || strcmp(name, "-wholename") == 0 || strcmp(name, "-iwholename") == 0) {
        int whole_path = strcmp(name, "-name") != 0 && strcmp(name, "-iname") != 0;
        node = new_node(whole_path ? NODE_PATH : NODE_NAME);
        node->pattern = take_argument(name);
        node->fnmatch_flags = name[1] == 'i' ? FNM_CASEFOLD : 0;
    } else if (strcmp(name, "-type") == 0) {
        node = new_node(NODE_TYPE);
        parse_type(node);
    } else if (strcmp(name, "-size") == 0) {
        node = new_node(NODE_SIZE);
        parse_size(node);
    } else if (strcmp(name, "-empty") == 0) {
        node = new_node(NODE_EMPTY);
    } else if (strcmp(name, "-newer") == 0) {
        node = new_node(NODE_NEWER);
        const char *reference = take_argument(name);
        struct stat status;
        if (stat(reference, &status) < 0) {
            fprintf(stderr, "find: '%s': %s\n", reference, strerror(errno));
            exit(1);
        }
        node->time = status.st_mtim;
    } else if (strcmp(name, "-true") == 0) {
        node = new_node(NODE_TRUE);
    } else if (strcmp(name, "-false") == 0) {
        node = new_node(NODE_FALSE);
    } else if (strcmp(name, "-print") == 0 || strcmp(name, "-print0") == 0) {
        node = new_node(name[6] ? NODE_PRINT0 : NODE_PRINT);
        run.has_action = 1;
    } else if (strcmp(name, "-exec") == 0) {
        node = new_node(NODE_EXEC);
        parse_exec(node);
        run.has_action = 1;
    } else if (strcmp(name, "-prune") == 0) {
        node = new_node(NODE_PRUNE);
    } else if (strcmp(name, "-quit") == 0) {
        node = new_node(NODE_QUIT);
    } else if (strcmp(name, "-maxdepth") == 0) {
        run.max_depth = parse_depth(name);
        node = new_node(NODE_TRUE);
    } else if (strcmp(name, "-mindepth") == 0) {
        run.min_depth = parse_depth(name);
        node = new_node(NODE_TRUE);
    } else if (strcmp(name, "-depth") == 0 || strcmp(name, "-d") == 0) {
        run.depth_first = 1;
        node = new_node(NODE_TRUE);
    } else if (name[0] == '-' && name[1]) {
        fail("unknown predicate `%s'", name);
    } else {
        fail("paths must precede expression: `%s'", name);
    }
    return node;
}

static struct node *parse_list(void);

static int is_word(const char *word, const char *a, const char *b) {
    return word && (strcmp(word, a) == 0 || (b && strcmp(word, b) == 0));
}

static struct node *parse_unary(const char *after) {
    const char *word = peek();
    if (!word)
        fail("expected an expression after '%s'", after);
    if (is_word(word, "!", "-not")) {
        run.next++;
        struct node *node = new_node(NODE_NOT);
        node->left = parse_unary(word);
        return node;
    }
    if (is_word(word, "(", NULL)) {
        run.next++;
        if (is_word(peek(), ")", NULL))
            fail("invalid expression; empty parentheses are not allowed.");
        struct node *inside = parse_list();
        if (!is_word(peek(), ")", NULL))
            fail("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        run.next++;
        return inside;
    }
    if (is_word(word, "-a", "-and") || is_word(word, "-o", "-or") || is_word(word, ",", NULL))
        fail("invalid expression; you have used a binary operator '%s' with nothing before it.", word);
    if (is_word(word, ")", NULL))
        fail("you have too many ')'");
    return parse_primary();
}

static struct node *binary(enum kind kind, struct node *left, struct node *right) {
    struct node *node = new_node(kind);
    node->left = left;
    node->right = right;
    return node;
}

static struct node *parse_and(void) {
    struct node *node = parse_unary("(");
    for (;;) {
        const char *word = peek();
        if (!word || is_word(word, "-o", "-or") || is_word(word, ",", NULL) || is_word(word, ")", NULL))
            return node;
        if (is_word(word, "-a", "-and")) {
            run.next++;
            node = binary(NODE_AND, node, parse_unary(word));
        } else {
            node = binary(NODE_AND, node, parse_unary(word));
        }
    }
}

static struct node *parse_or(void) {
    struct node *node = parse_and();
    while (is_word(peek(), "-o", "-or")) {
        const char *word = run.arguments[run.next++];
        if (!peek())
            fail("expected an expression after '%s'", word);
        node = binary(NODE_OR, node, parse_and());
    }
    return node;
}

static struct node *parse_list(void) {
    struct node *node = parse_or();
    while (is_word(peek(), ",", NULL)) {
        run.next++;
        if (!peek())
            fail("expected an expression after '%s'", ",");
        node = binary(NODE_COMMA, node, parse_or());
    }
    return node;
}

/* ---- Running commands ---- */

/* Runs `argv` and waits for it; returns its exit status, or -1 if it could not start. */
static int run_command(char **argv) {
    fflush(stdout);
    pid_t pid;
    int error = posix_spawnp(&pid, argv[0], NULL, NULL, argv, NULL);
    if (error) {
        fprintf(stderr, "find: '%s': %s\n", argv[0], strerror(error));
        return -1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "find: waiting for '%s': %s\n", argv[0], strerror(errno));
            return -1;
        }
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

/* `word` with every "{}" replaced by `path`, in a new string. */
static char *substitute(const char *word, const char *path) {
    size_t path_length = strlen(path);
    size_t length = 0;
    for (const char *cursor = word; *cursor;) {
        if (cursor[0] == '{' && cursor[1] == '}') {
            length += path_length;
            cursor += 2;
        } else {
            length++;
            cursor++;
        }
    }
    char *result = allocate(length + 1);
    char *out = result;
    for (const char *cursor = word; *cursor;) {
        if (cursor[0] == '{' && cursor[1] == '}') {
            memcpy(out, path, path_length);
            out += path_length;
            cursor += 2;
        } else {
            *out++ = *cursor++;
        }
    }
    *out = '\0';
    return result;
}

static int exec_one(const struct node *node, const char *path) {
    char **argv = allocate((size_t)(node->command_count + 1) * sizeof *argv);
    for (int index = 0; index < node->command_count; index++)
        argv[index] = substitute(node->command[index], path);
    int status = run_command(argv);
    for (int index = 0; index < node->command_count; index++)
        free(argv[index]);
    free(argv);
    return status == 0;
}

/* Runs a batch's command on the names gathered so far. */
static void flush_batch(struct node *node) {
    struct batch *batch = &node->batch;
    if (batch->count == 0)
        return;
    size_t count = (size_t)node->command_count + batch->count;
    char **argv = allocate((count + 1) * sizeof *argv);
    for (int index = 0; index < node->command_count; index++)
        argv[index] = node->command[index];
    for (size_t index = 0; index < batch->count; index++)
        argv[node->command_count + index] = batch->paths[index];
    if (run_command(argv) != 0)
        run.status = 1;
    free(argv);
    for (size_t index = 0; index < batch->count; index++)
        free(batch->paths[index]);
    batch->count = 0;
    batch->bytes = 0;
}

/* The most bytes of arguments the kernel gives a program. */
enum { SYSTEM_MAX_BYTES = 64 * 1024 };

static void add_to_batch(struct node *node, const char *path) {
    struct batch *batch = &node->batch;
    size_t length = strlen(path) + 1;
    /* The command's own words count against both of the kernel's limits. */
    size_t command_bytes = 0;
    for (int index = 0; index < node->command_count; index++)
        command_bytes += strlen(node->command[index]) + 1;
    long most_names = (long)wasmos_limit_get(WASMOS_LIMIT_ARGUMENTS) - node->command_count;
    if (batch->count > 0 &&
        ((long)batch->count >= most_names || command_bytes + batch->bytes + length > SYSTEM_MAX_BYTES))
        flush_batch(node);
    if (batch->count == batch->capacity) {
        batch->capacity = batch->capacity ? batch->capacity * 2 : 64;
        batch->paths = realloc(batch->paths, batch->capacity * sizeof *batch->paths);
        if (!batch->paths)
            fail("out of memory");
    }
    batch->paths[batch->count] = allocate(length);
    memcpy(batch->paths[batch->count++], path, length);
    batch->bytes += length;
}

/* ---- Evaluating ---- */

/* The name -name matches: the last component, trailing slashes aside. */
static char *base_name(const char *path) {
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    if (end == 1 && path[0] == '/')
        start = 0;
    char *name = allocate(end - start + 1);
    memcpy(name, path + start, end - start);
    return name;
}

static unsigned type_bit(mode_t mode) {
    const char *letter = S_ISREG(mode)    ? "f"
                         : S_ISDIR(mode)  ? "d"
                         : S_ISCHR(mode)  ? "c"
                         : S_ISBLK(mode)  ? "b"
                         : S_ISFIFO(mode) ? "p"
                         : S_ISLNK(mode)  ? "l"
                                          : "s";
    return 1u << (strchr(type_letters, *letter) - type_letters);
}

static int is_empty(const struct file *file) {
    if (S_ISREG(file->status.st_mode))
        return file->status.st_size == 0;
    if (!S_ISDIR(file->status.st_mode))
        return 0;
    DIR *directory = opendir(file->path);
    if (!directory) {
        fprintf(stderr, "find: '%s': %s\n", file->path, strerror(errno));
        run.status = 1;
        return 0;
    }
    int empty = 1;
    struct dirent *entry;
    while (empty && (entry = readdir(directory)))
        empty = strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0;
    closedir(directory);
    return empty;
}

static int size_matches(const struct node *node, const struct file *file) {
    long long bytes = file->status.st_size;
    long long units = bytes / node->unit + (bytes % node->unit != 0);
    switch (node->comparison) {
    case MORE_THAN: return units > node->size;
    case LESS_THAN: return units < node->size;
    default: return units == node->size;
    }
}

static int newer(const struct timespec *time, const struct timespec *than) {
    return time->tv_sec > than->tv_sec || (time->tv_sec == than->tv_sec && time->tv_nsec > than->tv_nsec);
}

static int evaluate(struct node *node, struct file *file) {
    if (run.quitting)
        return 0;
    switch (node->kind) {
    case NODE_AND: return evaluate(node->left, file) && evaluate(node->right, file);
    case NODE_OR: return evaluate(node->left, file) || evaluate(node->right, file);
    case NODE_NOT: return !evaluate(node->left, file);
    case NODE_COMMA: evaluate(node->left, file); return evaluate(node->right, file);
    case NODE_TRUE: return 1;
    case NODE_FALSE: return 0;
    case NODE_NAME: {
        char *name = base_name(file->path);
        int matched = fnmatch(node->pattern, name, node->fnmatch_flags) == 0;
        free(name);
        return matched;
    }
    case NODE_PATH: return fnmatch(node->pattern, file->path, node->fnmatch_flags) == 0;
    case NODE_TYPE: return (node->types & type_bit(file->status.st_mode)) != 0;
    case NODE_SIZE: return size_matches(node, file);
    case NODE_EMPTY: return is_empty(file);
    case NODE_NEWER: return newer(&file->status.st_mtim, &node->time);
    case NODE_PRINT: fputs(file->path, stdout); putchar('\n'); return 1;
    case NODE_PRINT0: fputs(file->path, stdout); putchar('\0'); return 1;
    case NODE_EXEC: return exec_one(node, file->path);
    case NODE_EXEC_BATCH: add_to_batch(node, file->path); return 1;
    case NODE_PRUNE: file->pruned = 1; return 1;
    case NODE_QUIT: run.quitting = 1; return 1;
    }
    return 0;
}

/* ---- Walking ---- */

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in directory `path`, sorted, or NULL (reported) if it cannot be read. */
static char **read_names(const char *path, size_t *count) {
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "find: '%s': %s\n", path, strerror(errno));
        run.status = 1;
        return NULL;
    }
    char **names = NULL;
    size_t capacity = 0;
    *count = 0;
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        if (*count == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            names = realloc(names, capacity * sizeof *names);
            if (!names)
                fail("out of memory");
        }
        names[(*count)++] = strdup(entry->d_name);
        if (!names[*count - 1])
            fail("out of memory");
    }
    closedir(directory);
    qsort(names, *count, sizeof *names, compare_names);
    return names;
}

static void visit(struct node *expression, struct file *file, int depth);

static void visit_children(struct node *expression, const char *path, int depth) {
    size_t count;
    char **names = read_names(path, &count);
    if (!names)
        return;
    size_t path_length = strlen(path);
    int needs_slash = path_length > 0 && path[path_length - 1] != '/';
    for (size_t index = 0; index < count; index++) {
        if (!run.quitting) {
            size_t name_length = strlen(names[index]);
            char *child_path = allocate(path_length + needs_slash + name_length + 1);
            memcpy(child_path, path, path_length);
            if (needs_slash)
                child_path[path_length] = '/';
            memcpy(child_path + path_length + needs_slash, names[index], name_length + 1);
            struct file child = {.path = child_path};
            if (stat(child_path, &child.status) < 0) {
                fprintf(stderr, "find: '%s': %s\n", child_path, strerror(errno));
                run.status = 1;
            } else {
                visit(expression, &child, depth + 1);
            }
            free(child_path);
        }
        free(names[index]);
    }
    free(names);
}

static void visit(struct node *expression, struct file *file, int depth) {
    int descend = S_ISDIR(file->status.st_mode) && (run.max_depth < 0 || depth < run.max_depth);
    if (!run.depth_first && depth >= run.min_depth)
        evaluate(expression, file);
    if (descend && (run.depth_first || !file->pruned) && !run.quitting)
        visit_children(expression, file->path, depth);
    if (run.depth_first && depth >= run.min_depth && !run.quitting)
        evaluate(expression, file);
}

/* Whether `word` starts the expression rather than naming a starting point. */
static int starts_expression(const char *word) {
    return (word[0] == '-' && word[1]) || strcmp(word, "(") == 0 || strcmp(word, "!") == 0;
}

int main(int argc, char **argv) {
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "--help") == 0) {
        usage(stdout);
        return 0;
    }
    /* Symbolic-link options: there are no links, so all three mean the same. */
    while (first < argc && (strcmp(argv[first], "-H") == 0 || strcmp(argv[first], "-L") == 0 ||
                            strcmp(argv[first], "-P") == 0))
        first++;
    if (first < argc && strcmp(argv[first], "--") == 0)
        first++;
    int paths_start = first;
    while (first < argc && !starts_expression(argv[first]))
        first++;
    int paths_end = first;

    run.arguments = argv;
    run.count = argc;
    run.next = first;
    struct node *expression = run.next < argc ? parse_list() : new_node(NODE_TRUE);
    if (run.next < argc) {
        if (strcmp(argv[run.next], ")") == 0)
            fail("you have too many ')'");
        fail("paths must precede expression: `%s'", argv[run.next]);
    }
    if (!run.has_action)
        expression = binary(NODE_AND, expression, new_node(NODE_PRINT));

    char *default_path[] = {"."};
    char **paths = paths_end > paths_start ? argv + paths_start : default_path;
    int path_count = paths_end > paths_start ? paths_end - paths_start : 1;
    for (int index = 0; index < path_count && !run.quitting; index++) {
        struct file file = {.path = paths[index]};
        if (stat(paths[index], &file.status) < 0) {
            fprintf(stderr, "find: '%s': %s\n", paths[index], strerror(errno));
            run.status = 1;
            continue;
        }
        visit(expression, &file, 0);
    }
    for (int index = 0; index < run.batch_count; index++)
        flush_batch(run.batches[index]);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno != EPIPE)
            fprintf(stderr, "find: standard output: %s\n", strerror(errno));
        return 1;
    }
    return run.status;
}
