/* regexec.c: runs a compiled expression over a string.
 *
 * How a match is chosen:
 *
 * 1. The whole match is POSIX's: the leftmost, and of those the longest.
 *    Without back-references a Thompson simulation finds it in one pass,
 *    keeping for each node the thread that started earliest. With them a
 *    depth-first search tries every path from each start.
 *
 * 2. Subexpressions (only when the caller asks for more than the whole
 *    match) follow glibc rather than POSIX's "each subexpression, left to
 *    right, as long as possible", which glibc does not implement: a backward
 *    pass marks, for each position of the match, the nodes from which the
 *    match's end can still be reached; then a walk from the start takes, at
 *    each two-way node, the first edge (glibc's order: the left alternative,
 *    another round of a repetition) that can still reach the end, or the
 *    second if the first was already passed since the last byte consumed. A
 *    group records where it was entered and left; an empty pass through an
 *    optional group (x* x? x{0,n}) after a non-empty one restores the
 *    registers it had then. So (a|ab)(c|bcd)(d*) on "abcd" gives (0,1)
 *    (1,4) (4,4) where POSIX wants (0,2) (2,3) (3,4), and (a*)* on "b"
 *    gives (0,0) for the group, as glibc does. With back-references the walk
 *    backtracks to the second edge when the first leads nowhere.
 *
 * Where glibc 2.36 is inconsistent we follow POSIX instead: without
 * REG_NEWLINE, glibc lets '$' match before (and '^' after) a newline that
 * the match itself goes on to consume, so "x$." matches "x\nb" but "(x)$."
 * does not; \B after a repetition (b*\B) can match where it should not; and
 * some patterns whose back-references name empty or repeated groups, such
 * as \(\)\{2\}\1, find no match where there is one. */
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "regex_internal.h"

/* How many steps a search with back-references may take before regexec
 * gives up with REG_ESPACE (such searches can take exponential time). */
#define BACKTRACK_STEP_LIMIT 50000000L

/* The string being searched and how its edges count. */
struct subject {
    const struct regex_program *program;
    const unsigned char *text;
    int end; /* text[end] is just past the subject */
    int not_bol, not_eol;
};

static int is_word_byte(unsigned char byte) {
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
           byte == '_';
}

/* Whether assertion `kind` holds between text[at - 1] and text[at]. */
static int assertion_holds(const struct subject *subject, int kind, int at) {
    const unsigned char *text = subject->text;
    int newline = subject->program->newline;
    int word_before = at > 0 && is_word_byte(text[at - 1]);
    int word_after = at < subject->end && is_word_byte(text[at]);
    switch (kind) {
    case REGEX_LINE_START:
        return at == 0 ? !subject->not_bol : newline && text[at - 1] == '\n';
    case REGEX_LINE_END:
        return at == subject->end ? !subject->not_eol : newline && text[at] == '\n';
    case REGEX_BUFFER_START:
        return at == 0;
    case REGEX_BUFFER_END:
        return at == subject->end;
    case REGEX_WORD_START:
        return !word_before && word_after;
    case REGEX_WORD_END:
        return word_before && !word_after;
    case REGEX_INSIDE_WORD:
        return word_before && word_after;
    default:
        return !word_before && !word_after;
    }
}

/* Whether a byte-consuming node takes `byte`. */
static int accepts(const struct regex_program *program, const struct regex_node *node, unsigned char byte) {
    switch (node->kind) {
    case REGEX_CHAR:
        return program->fold[byte] == node->value;
    case REGEX_SET:
        return __wasmos_regex_bit(program->sets[node->value], program->fold[byte]);
    case REGEX_ANY:
        return byte != 0 && !(program->newline && byte == '\n');
    default:
        return 0;
    }
}

static int consumes_byte(const struct regex_node *node) {
    return node->kind == REGEX_CHAR || node->kind == REGEX_SET || node->kind == REGEX_ANY;
}

/* Whether text[at, at + length) equals text[from, from + length), folded. */
static int same_text(const struct subject *subject, int from, int at, int length) {
    const unsigned char *fold = subject->program->fold;
    for (int index = 0; index < length; index++)
        if (fold[subject->text[from + index]] != fold[subject->text[at + index]])
            return 0;
    return 1;
}

static int may_start_at(const struct subject *subject, int at) {
    const struct regex_program *program = subject->program;
    if (program->any_first_byte)
        return 1;
    return at < subject->end && __wasmos_regex_bit(program->first_bytes, subject->text[at]);
}

/* ---- the whole match without back-references: a Thompson simulation ---- */

struct thread_list {
    int count;
    int *node;
    int *start;
};

struct simulation {
    const struct subject *subject;
    int *mark; /* the stamp of the position each node was last reached at */
    int stamp;
    int *stack;
    int best_start, best_end;
};

/* Adds `node` and the nodes it reaches without consuming at position `at`
 * to `list`, for a thread that began at `start`; records a match at END.
 * A node already reached at this position by an earlier-starting thread
 * is skipped: that thread's matches begin further left. */
static void add_thread(struct simulation *simulation, struct thread_list *list, int node, int start, int at) {
    const struct regex_program *program = simulation->subject->program;
    int depth = 0;
    simulation->stack[depth++] = node;
    while (depth > 0) {
        int index = simulation->stack[--depth];
        if (simulation->mark[index] == simulation->stamp)
            continue;
        simulation->mark[index] = simulation->stamp;
        const struct regex_node *current = &program->nodes[index];
        switch (current->kind) {
        case REGEX_END:
            if (simulation->best_start < 0 || start < simulation->best_start ||
                (start == simulation->best_start && at > simulation->best_end)) {
                simulation->best_start = start;
                simulation->best_end = at;
            }
            break;
        case REGEX_CHAR:
        case REGEX_SET:
        case REGEX_ANY:
            list->node[list->count] = index;
            list->start[list->count++] = start;
            break;
        case REGEX_ASSERT:
            if (assertion_holds(simulation->subject, current->value, at))
                simulation->stack[depth++] = current->next;
            break;
        case REGEX_SPLIT:
            if (current->other >= 0)
                simulation->stack[depth++] = current->other;
            simulation->stack[depth++] = current->next;
            break;
        default: /* OPEN, CLOSE */
            simulation->stack[depth++] = current->next;
            break;
        }
    }
}

/* Finds the leftmost-longest match starting at `from` or later; with
 * `any_match`, stops at the first match found. 0, REG_NOMATCH or REG_ESPACE. */
static int simulate(const struct subject *subject, int from, int any_match, int *match_start, int *match_end) {
    const struct regex_program *program = subject->program;
    size_t count = (size_t)program->node_count;
    /* mark, stack (two entries per node at most), and two thread lists */
    int *memory = malloc((count * 7 + 1) * sizeof(int));
    if (!memory)
        return REG_ESPACE;
    struct simulation simulation = {subject, memory, 0, memory + count, -1, -1};
    struct thread_list current = {0, memory + count * 3 + 1, memory + count * 4 + 1};
    struct thread_list following = {0, memory + count * 5 + 1, memory + count * 6 + 1};
    memset(simulation.mark, 0, count * sizeof(int));
    const unsigned char *text = subject->text;
    int at = from;
    simulation.stamp = 1;
    for (;;) {
        if (simulation.best_start < 0) {
            if (current.count == 0) {
                /* Nothing running: jump to where a match can begin. */
                if (!program->any_first_byte) {
                    while (at < subject->end && !__wasmos_regex_bit(program->first_bytes, text[at]))
                        at++;
                    if (at >= subject->end)
                        break;
                }
                simulation.stamp++;
            }
            if (may_start_at(subject, at))
                add_thread(&simulation, &current, program->start, at, at);
        }
        if (simulation.best_start >= 0 && (any_match || current.count == 0))
            break;
        if (at >= subject->end)
            break;
        if (current.count == 0) {
            at++;
            continue;
        }
        unsigned char byte = text[at];
        simulation.stamp++;
        following.count = 0;
        for (int index = 0; index < current.count; index++) {
            if (simulation.best_start >= 0 && current.start[index] > simulation.best_start)
                continue;
            const struct regex_node *node = &program->nodes[current.node[index]];
            if (accepts(program, node, byte))
                add_thread(&simulation, &following, node->next, current.start[index], at + 1);
        }
        struct thread_list swap = current;
        current = following;
        following = swap;
        at++;
    }
    free(memory);
    if (simulation.best_start < 0)
        return REG_NOMATCH;
    *match_start = simulation.best_start;
    *match_end = simulation.best_end;
    return 0;
}

/* ---- the whole match with back-references: depth-first search ---- */

/* One node on the current path of the search, with what to undo when the
 * search backs out of it. */
struct step {
    int node;
    int at;
    int tried;      /* how many of its successors were tried */
    int saved_mark; /* its on_path entry before */
    int saved_start, saved_end;
};

struct search {
    const struct subject *subject;
    int *group_start, *group_end; /* by register */
    int *on_path;                 /* per node: 2 * (position + 1), + 1 the second time, while on the path */
    struct step *path;
    size_t depth, capacity;
    long steps;
    int best_end;
    int any_match;
    int error;
};

static int search_done(const struct search *search) {
    return search->error || (search->best_end >= 0 && (search->any_match || search->best_end == search->subject->end));
}

/* Puts `node` at `at` on the path, unless it closes an empty loop: a node
 * met a third time without consuming anything (the second time lets a
 * group inside a loop match empty once). */
static void enter(struct search *search, int node, int at) {
    int mark = search->on_path[node];
    if (mark == 2 * (at + 1) + 1)
        return;
    if (search->depth == search->capacity) {
        size_t capacity = search->capacity ? search->capacity * 2 : 64;
        struct step *bigger = realloc(search->path, capacity * sizeof *bigger);
        if (!bigger) {
            search->error = REG_ESPACE;
            return;
        }
        search->path = bigger;
        search->capacity = capacity;
    }
    struct step *step = &search->path[search->depth++];
    step->node = node;
    step->at = at;
    step->tried = 0;
    step->saved_mark = mark;
    search->on_path[node] = mark == 2 * (at + 1) ? mark + 1 : 2 * (at + 1);
    const struct regex_node *current = &search->subject->program->nodes[node];
    if (current->kind == REGEX_OPEN || current->kind == REGEX_CLOSE) {
        step->saved_start = search->group_start[current->value];
        step->saved_end = search->group_end[current->value];
        if (current->kind == REGEX_OPEN) {
            search->group_start[current->value] = at;
            search->group_end[current->value] = -1;
        } else {
            search->group_end[current->value] = at;
        }
    }
}

/* Takes the newest node off the path, undoing what entering it did. */
static void leave(struct search *search) {
    struct step *step = &search->path[--search->depth];
    const struct regex_node *current = &search->subject->program->nodes[step->node];
    search->on_path[step->node] = step->saved_mark;
    if (current->kind == REGEX_OPEN || current->kind == REGEX_CLOSE) {
        search->group_start[current->value] = step->saved_start;
        search->group_end[current->value] = step->saved_end;
    }
}

/* Where the newest node of the path leads next: its next successor not yet
 * tried, as (node, position), or -1 when none is left. */
static int next_successor(struct search *search, int *at) {
    const struct subject *subject = search->subject;
    struct step *step = &search->path[search->depth - 1];
    const struct regex_node *current = &subject->program->nodes[step->node];
    int attempt = step->tried++;
    *at = step->at;
    switch (current->kind) {
    case REGEX_END:
        if (step->at > search->best_end)
            search->best_end = step->at;
        return -1;
    case REGEX_CHAR:
    case REGEX_SET:
    case REGEX_ANY:
        if (attempt > 0 || step->at >= subject->end || !accepts(subject->program, current, subject->text[step->at]))
            return -1;
        *at = step->at + 1;
        return current->next;
    case REGEX_BACKREF: {
        int from = search->group_start[current->value], to = search->group_end[current->value];
        if (attempt > 0 || from < 0 || to < 0 || step->at + (to - from) > subject->end ||
            !same_text(subject, from, step->at, to - from))
            return -1;
        *at = step->at + (to - from);
        return current->next;
    }
    case REGEX_ASSERT:
        return attempt == 0 && assertion_holds(subject, current->value, step->at) ? current->next : -1;
    case REGEX_SPLIT:
        return attempt == 0 ? current->next : attempt == 1 ? current->other : -1;
    default: /* OPEN, CLOSE */
        return attempt == 0 ? current->next : -1;
    }
}

/* Tries every path from the start at `at`, recording the furthest END. */
static void explore(struct search *search, int at) {
    enter(search, search->subject->program->start, at);
    while (search->depth > 0) {
        if (search_done(search) || ++search->steps > BACKTRACK_STEP_LIMIT) {
            if (!search->error && !search_done(search))
                search->error = REG_ESPACE;
            while (search->depth > 0)
                leave(search);
            return;
        }
        int next_at;
        int next = next_successor(search, &next_at);
        if (next < 0)
            leave(search);
        else
            enter(search, next, next_at);
    }
}

static int search_with_backrefs(const struct subject *subject, int from, int any_match, int *match_start,
                                int *match_end) {
    const struct regex_program *program = subject->program;
    size_t registers = program->group_count + 1;
    int *memory = malloc((registers * 2 + (size_t)program->node_count) * sizeof(int));
    if (!memory)
        return REG_ESPACE;
    struct search search;
    memset(&search, 0, sizeof search);
    search.subject = subject;
    search.group_start = memory;
    search.group_end = memory + registers;
    search.on_path = memory + registers * 2;
    search.best_end = -1;
    search.any_match = any_match;
    memset(search.on_path, 0, (size_t)program->node_count * sizeof(int));
    int result = REG_NOMATCH;
    for (int start = from; start <= subject->end; start++) {
        if (!may_start_at(subject, start))
            continue;
        for (size_t index = 0; index < registers; index++)
            search.group_start[index] = search.group_end[index] = -1;
        explore(&search, start);
        if (search.error) {
            result = search.error;
            break;
        }
        if (search.best_end >= 0) {
            *match_start = start;
            *match_end = search.best_end;
            result = 0;
            break;
        }
    }
    free(search.path);
    free(memory);
    return result;
}

/* ---- subexpressions ---- */

/* The walk's states are (node, constrained) pairs, numbered 2 * node +
 * constrained: "constrained" says that an assertion was passed since the
 * last byte consumed. glibc gives the nodes after an assertion copies of
 * their own, up to the next byte; when END can be reached both through
 * such a copy and directly, it ends its walk at the plain END, so we
 * prefer paths that reach END unconstrained. */

/* For each position of the match [start, end] and each state: whether the
 * wanted END can be reached at `end` from that state there. */
struct reachability {
    uint32_t *bits;
    int words; /* per position */
    int start;
};

static int reachable(const struct reachability *reach, int at, int state) {
    const uint32_t *row = reach->bits + (size_t)(at - reach->start) * (size_t)reach->words;
    return (row[state >> 5] >> (state & 31)) & 1;
}

static int marked(const uint32_t *row, int state) {
    return (row[state >> 5] >> (state & 31)) & 1;
}

/* The backward pass, towards END in state `constrained_end`. A
 * back-reference counts as able to reach whatever can be reached at or
 * after it (the walk checks it for real). */
static int mark_reachable(const struct subject *subject, int start, int end, int constrained_end,
                          struct reachability *reach) {
    const struct regex_program *program = subject->program;
    int count = program->node_count;
    int words = (2 * count + 31) / 32;
    size_t rows = (size_t)(end - start + 1);
    reach->words = words;
    reach->start = start;
    reach->bits = calloc(rows * (size_t)words, sizeof(uint32_t));
    uint32_t *later = calloc((size_t)words, sizeof(uint32_t));
    int *stack = malloc((size_t)count * 2 * sizeof(int));
    if (!reach->bits || !later || !stack) {
        free(reach->bits);
        reach->bits = NULL;
        free(later);
        free(stack);
        return REG_ESPACE;
    }
    for (int at = end; at >= start; at--) {
        uint32_t *row = reach->bits + (size_t)(at - start) * (size_t)words;
        const uint32_t *next_row = at < end ? row + words : NULL;
        int depth = 0;
        for (int index = 0; index < count; index++) {
            const struct regex_node *node = &program->nodes[index];
            if (node->kind == REGEX_END) {
                if (at == end) {
                    int state = 2 * index + constrained_end;
                    row[state >> 5] |= 1u << (state & 31);
                    stack[depth++] = state;
                }
                continue;
            }
            int valid = 0;
            if (consumes_byte(node))
                valid = next_row && accepts(program, node, subject->text[at]) && marked(next_row, 2 * node->next);
            else if (node->kind == REGEX_BACKREF)
                valid = marked(later, 2 * node->next);
            for (int constrained = 0; valid && constrained < 2; constrained++) {
                int state = 2 * index + constrained;
                row[state >> 5] |= 1u << (state & 31);
                stack[depth++] = state;
            }
        }
        while (depth > 0) {
            int reached = stack[--depth];
            int reached_node = reached >> 1, constrained = reached & 1;
            for (int edge = program->predecessor_start[reached_node];
                 edge < program->predecessor_start[reached_node + 1]; edge++) {
                int predecessor = program->predecessors[edge];
                const struct regex_node *node = &program->nodes[predecessor];
                /* An assertion leads into a constrained state from either. */
                int first = constrained, last = constrained;
                if (node->kind == REGEX_ASSERT) {
                    if (!constrained || !assertion_holds(subject, node->value, at))
                        continue;
                    first = 0;
                }
                for (int from = first; from <= last; from++) {
                    int state = 2 * predecessor + from;
                    if (marked(row, state))
                        continue;
                    row[state >> 5] |= 1u << (state & 31);
                    stack[depth++] = state;
                }
            }
        }
        for (int word = 0; word < words; word++)
            later[word] |= row[word];
    }
    free(later);
    free(stack);
    return 0;
}

/* Updates the registers for passing node `node` at `at`. regs[2 * r] and
 * regs[2 * r + 1] are register r's start and end, register 0 being the
 * whole match and register g + 1 group g; `previous` is glibc's copy taken
 * at the last non-empty group match. */
static void update_registers(const struct regex_program *program, int node, int at, int *regs, int *previous,
                             size_t register_words) {
    const struct regex_node *current = &program->nodes[node];
    int group = current->value + 1;
    if (current->kind == REGEX_OPEN) {
        regs[2 * group] = at;
        regs[2 * group + 1] = -1;
    } else if (current->kind == REGEX_CLOSE) {
        if (regs[2 * group] < at) {
            regs[2 * group + 1] = at;
            memcpy(previous, regs, register_words * sizeof(int));
        } else if (current->optional && previous[2 * group] != -1) {
            memcpy(regs, previous, register_words * sizeof(int));
        } else {
            regs[2 * group + 1] = at;
        }
    }
}

/* A saved alternative of the backtracking walk. */
struct choice {
    int state;
    int at;
    int via_count;
    size_t data; /* offset of its registers and via list in the choice data */
};

struct walk {
    const struct subject *subject;
    const struct reachability *reach;
    int end;
    size_t register_words;
    int *regs, *previous;
    int *via, via_count; /* the epsilon states passed since the last byte consumed */
    int *via_mark;       /* per state: `via_stamp` while in `via` */
    int via_stamp;
    /* The backtracking stack. */
    struct choice *choices;
    size_t choice_count, choice_capacity;
    int *data;
    size_t data_used, data_capacity;
};

static int in_via(const struct walk *walk, int state) {
    return walk->via_mark[state] == walk->via_stamp;
}

static void add_via(struct walk *walk, int state) {
    if (!in_via(walk, state)) {
        walk->via_mark[state] = walk->via_stamp;
        walk->via[walk->via_count++] = state;
    }
}

static void clear_via(struct walk *walk) {
    walk->via_stamp++;
    walk->via_count = 0;
}

static int push_choice(struct walk *walk, int state, int at) {
    size_t needed = walk->register_words * 2 + (size_t)walk->via_count;
    if (walk->choice_count == walk->choice_capacity) {
        size_t capacity = walk->choice_capacity ? walk->choice_capacity * 2 : 16;
        struct choice *bigger = realloc(walk->choices, capacity * sizeof *bigger);
        if (!bigger)
            return REG_ESPACE;
        walk->choices = bigger;
        walk->choice_capacity = capacity;
    }
    if (walk->data_used + needed > walk->data_capacity) {
        size_t capacity = walk->data_capacity * 2 + needed + 64;
        int *bigger = realloc(walk->data, capacity * sizeof *bigger);
        if (!bigger)
            return REG_ESPACE;
        walk->data = bigger;
        walk->data_capacity = capacity;
    }
    struct choice *choice = &walk->choices[walk->choice_count++];
    choice->state = state;
    choice->at = at;
    choice->via_count = walk->via_count;
    choice->data = walk->data_used;
    int *data = walk->data + walk->data_used;
    memcpy(data, walk->regs, walk->register_words * sizeof(int));
    memcpy(data + walk->register_words, walk->previous, walk->register_words * sizeof(int));
    memcpy(data + walk->register_words * 2, walk->via, (size_t)walk->via_count * sizeof(int));
    walk->data_used += needed;
    return 0;
}

/* Restores the newest saved alternative; its state, or -1 if none is left. */
static int pop_choice(struct walk *walk, int *at) {
    if (walk->choice_count == 0)
        return -1;
    struct choice *choice = &walk->choices[--walk->choice_count];
    int *data = walk->data + choice->data;
    memcpy(walk->regs, data, walk->register_words * sizeof(int));
    memcpy(walk->previous, data + walk->register_words, walk->register_words * sizeof(int));
    clear_via(walk);
    for (int index = 0; index < choice->via_count; index++)
        add_via(walk, data[walk->register_words * 2 + index]);
    walk->data_used = choice->data;
    *at = choice->at;
    return choice->state;
}

/* Walks from the start at `start` to END at `walk->end`, leaving the
 * registers in walk->regs. 0, REG_NOMATCH (no path) or REG_ESPACE. */
static int walk_match(struct walk *walk, int start) {
    const struct subject *subject = walk->subject;
    const struct regex_program *program = subject->program;
    int backtracking = program->has_backrefs;
    int state = 2 * program->start, at = start;
    long steps = 0;
    int empty_steps = 0;
    for (;;) {
        int node = state >> 1, constrained = state & 1;
        int failed = 0;
        if (++steps > BACKTRACK_STEP_LIMIT)
            return REG_ESPACE;
        update_registers(program, node, at, walk->regs, walk->previous, walk->register_words);
        const struct regex_node *current = &program->nodes[node];
        if ((node == program->end && at == walk->end) || (backtracking && in_via(walk, state))) {
            /* The end; or, backtracking, a state met again without
             * consuming, where glibc also stops (successfully, unless a
             * group is left open). */
            int open = 0;
            for (size_t index = 2; backtracking && index < walk->register_words; index += 2)
                if (walk->regs[index] >= 0 && walk->regs[index + 1] < 0)
                    open = 1;
            if (!open)
                return 0;
            failed = 1;
        } else if (current->kind >= REGEX_OPEN) {
            add_via(walk, state);
            int after = current->kind == REGEX_ASSERT ? 1 : constrained;
            int first = current->next >= 0 ? 2 * current->next + after : -1;
            int second = current->other >= 0 ? 2 * current->other + after : -1;
            int first_valid = first >= 0 && reachable(walk->reach, at, first);
            int second_valid = second >= 0 && reachable(walk->reach, at, second);
            if (!first_valid) {
                first = second;
                first_valid = second_valid;
                second_valid = 0;
            }
            if (!first_valid || ++empty_steps > 8 * program->node_count + 8) {
                failed = 1;
            } else if (second_valid && in_via(walk, first)) {
                /* glibc's way out of a loop that matched nothing */
                state = second;
            } else {
                if (second_valid && backtracking && push_choice(walk, second, at))
                    return REG_ESPACE;
                state = first;
            }
        } else if (current->kind == REGEX_BACKREF) {
            int from = walk->regs[2 * current->value + 2], to = walk->regs[2 * current->value + 3];
            int length = to - from;
            if (from < 0 || to < 0 || at + length > walk->end || !same_text(subject, from, at, length)) {
                failed = 1;
            } else if (length == 0) {
                add_via(walk, state);
                state = 2 * current->next + constrained;
                failed = !reachable(walk->reach, at, state);
            } else {
                at += length;
                clear_via(walk);
                empty_steps = 0;
                state = 2 * current->next;
                failed = !reachable(walk->reach, at, state);
            }
        } else {
            if (at >= walk->end || !accepts(program, current, subject->text[at])) {
                failed = 1;
            } else {
                at++;
                clear_via(walk);
                empty_steps = 0;
                state = 2 * current->next;
                failed = !reachable(walk->reach, at, state);
            }
        }
        if (failed) {
            state = backtracking ? pop_choice(walk, &at) : -1;
            if (state < 0)
                return REG_NOMATCH;
            empty_steps = 0;
        }
    }
}

/* Fills matches[1..] for the match [start, end]. */
static int find_subexpressions(const struct subject *subject, int start, int end, regmatch_t *matches,
                               size_t match_count) {
    const struct regex_program *program = subject->program;
    struct reachability reach;
    int error = mark_reachable(subject, start, end, 0, &reach);
    if (!error && !reachable(&reach, start, 2 * program->start)) {
        free(reach.bits);
        error = mark_reachable(subject, start, end, 1, &reach);
    }
    if (error)
        return error;
    size_t register_words = (program->group_count + 1) * 2;
    size_t states = (size_t)program->node_count * 2;
    struct walk walk;
    memset(&walk, 0, sizeof walk);
    walk.subject = subject;
    walk.reach = &reach;
    walk.end = end;
    walk.register_words = register_words;
    walk.regs = malloc(register_words * 2 * sizeof(int));
    walk.via = malloc(states * 2 * sizeof(int));
    if (!walk.regs || !walk.via) {
        error = REG_ESPACE;
    } else {
        walk.previous = walk.regs + register_words;
        walk.via_mark = walk.via + states;
        memset(walk.via_mark, 0, states * sizeof(int));
        walk.via_stamp = 1;
        for (size_t index = 0; index < register_words * 2; index++)
            walk.regs[index] = -1;
        walk.regs[0] = walk.previous[0] = start;
        walk.regs[1] = walk.previous[1] = end;
        error = walk_match(&walk, start);
    }
    if (!error) {
        for (size_t index = 1; index < match_count; index++) {
            if (index > program->group_count) {
                matches[index].rm_so = matches[index].rm_eo = -1;
                continue;
            }
            int slot = program->group_register[index - 1] + 1;
            matches[index].rm_so = walk.regs[2 * slot];
            matches[index].rm_eo = walk.regs[2 * slot + 1];
        }
    }
    free(walk.regs);
    free(walk.via);
    free(walk.choices);
    free(walk.data);
    free(reach.bits);
    return error;
}

int regexec(const regex_t *regex, const char *string, size_t match_count, regmatch_t *matches, int flags) {
    const struct regex_program *program = regex->__program;
    if (!program)
        return REG_BADPAT;
    if (program->no_sub)
        match_count = 0;
    int from = 0, end;
    if (flags & REG_STARTEND) {
        from = matches[0].rm_so;
        end = matches[0].rm_eo;
        if (from < 0 || end < from)
            return REG_NOMATCH;
    } else {
        size_t length = strlen(string);
        if (length > INT32_MAX)
            return REG_ESPACE;
        end = (int)length;
    }
    struct subject subject = {program, (const unsigned char *)string, end, (flags & REG_NOTBOL) != 0,
                              (flags & REG_NOTEOL) != 0};
    int start = 0, stop = 0;
    int error = program->has_backrefs ? search_with_backrefs(&subject, from, match_count == 0, &start, &stop)
                                      : simulate(&subject, from, match_count == 0, &start, &stop);
    if (error)
        return error;
    if (match_count == 0)
        return 0;
    if (match_count > 1) {
        error = find_subexpressions(&subject, start, stop, matches, match_count);
        if (error)
            return error;
    }
    matches[0].rm_so = start;
    matches[0].rm_eo = stop;
    return 0;
}
