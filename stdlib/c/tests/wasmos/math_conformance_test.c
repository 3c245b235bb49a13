/* math_conformance_test.c: every double and float function of math.h with
 * real arguments, on thousands of arguments each (edge cases, then random
 * ones over the whole range and over the range where the function is
 * interesting), compared with the correctly rounded results that
 * tests/tools/math_vectors.py computed with mpmath (tests/math_vectors/).
 *
 * For each function it prints the number of arguments, the largest error in
 * ulps (the distance between the two results' representations: 0 when they
 * are equal) and the argument of the largest error. NaN, infinities and
 * signed zeros must match exactly (any NaN matches any NaN), as must every
 * result of an infinite, NaN or zero argument. It exits with 1 when a
 * function is above its bound: 0 ulp for the correctly rounded functions
 * (sqrt, fma, fmod, rint, ...), 1 ulp for the others. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* How one argument of a segment is drawn (see math_vectors.py). */
enum {
    KIND_BITS = 0,        /* uniform over the bit patterns of [low, high] */
    KIND_SIGNED_BITS = 1, /* the same with a random sign */
    KIND_UNIFORM = 2,     /* low + (high - low) * u */
    KIND_INTEGER = 3,     /* a uniform integer in [low, high] */
};

struct argument_kind {
    int kind;
    double low, high;
};

/* `count` random argument lists, each argument drawn as its kind says. */
struct segment {
    int count;
    struct argument_kind arguments[3];
};

/* One function's vectors. The signature is '1' (one argument), '2' (two),
 * '3' (fma), 'i' (ldexp: a number and an int), 'x' (frexp: two results)
 * or 'm' (modf: two results). */
struct function_vectors {
    const char *name;
    char signature;
    char is_double;
    unsigned long long bound; /* in ulps */
    void (*function)(void);
    const double *edges;
    int edge_count;
    const struct segment *segments;
    int segment_count;
    const void *results;
};

#include "../math_vectors/all.inc"

/* splitmix64, as in math_vectors.py. */
static uint64_t generator_state;

static uint64_t next_random(void) {
    generator_state += 0x9E3779B97F4A7C15u;
    uint64_t z = generator_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static uint64_t fnv1a(const char *text) {
    uint64_t value = 0xCBF29CE484222325u;
    for (; *text; text++) {
        value ^= (unsigned char)*text;
        value *= 0x100000001B3u;
    }
    return value;
}

static uint64_t double_bits(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

static double double_from_bits(uint64_t bits) {
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

static uint32_t float_bits(float x) {
    uint32_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

static float float_from_bits(uint32_t bits) {
    float x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

/* One random argument, in the function's format (a float is returned as
 * the double of the same value). */
static double draw(const struct argument_kind *kind, int is_double) {
    switch (kind->kind) {
    case KIND_BITS:
    case KIND_SIGNED_BITS: {
        int negative = 0;
        if (kind->kind == KIND_SIGNED_BITS)
            negative = (int)(next_random() >> 63);
        double value;
        if (is_double) {
            uint64_t low = double_bits(kind->low), high = double_bits(kind->high);
            value = double_from_bits(low + next_random() % (high - low + 1));
        } else {
            uint32_t low = float_bits((float)kind->low), high = float_bits((float)kind->high);
            value = float_from_bits(low + (uint32_t)(next_random() % ((uint64_t)high - low + 1)));
        }
        return negative ? -value : value;
    }
    case KIND_UNIFORM: {
        double unit = (double)(next_random() >> 11) * 0x1p-53;
        double width = kind->high - kind->low;
        double scaled = width * unit;
        double value = kind->low + scaled;
        return is_double ? value : (double)(float)value;
    }
    default: {
        int64_t low = (int64_t)kind->low, high = (int64_t)kind->high;
        return (double)(low + (int64_t)(next_random() % (uint64_t)(high - low + 1)));
    }
    }
}

/* Where `bits` stands among the values of its format, in order; -0 and +0
 * are one step apart. */
static int64_t ordinal(uint64_t bits, int is_double) {
    uint64_t sign = is_double ? 1ull << 63 : 1ull << 31;
    if (bits & sign)
        return -(int64_t)(bits & (sign - 1)) - 1;
    return (int64_t)bits;
}

static int is_nan_bits(uint64_t bits, int is_double) {
    if (is_double)
        return (bits & 0x7FFFFFFFFFFFFFFFu) > 0x7FF0000000000000u;
    return (bits & 0x7FFFFFFFu) > 0x7F800000u;
}

/* NaN, an infinity or a zero. */
static int is_special_bits(uint64_t bits, int is_double) {
    if (is_double) {
        uint64_t magnitude = bits & 0x7FFFFFFFFFFFFFFFu;
        return magnitude == 0 || magnitude >= 0x7FF0000000000000u;
    }
    uint64_t magnitude = bits & 0x7FFFFFFFu;
    return magnitude == 0 || magnitude >= 0x7F800000u;
}

static int is_special_argument(double x) { return x == 0 || isinf(x) || isnan(x); }

/* The distance between our result and the reference, or UINT64_MAX for a
 * special value that does not match. */
static uint64_t distance(uint64_t ours, uint64_t reference, int is_double, int strict) {
    int ours_nan = is_nan_bits(ours, is_double), reference_nan = is_nan_bits(reference, is_double);
    if (ours_nan || reference_nan)
        return ours_nan && reference_nan ? 0 : UINT64_MAX;
    if (strict || is_special_bits(reference, is_double) || is_special_bits(ours, is_double))
        return ours == reference ? 0 : UINT64_MAX;
    int64_t difference = ordinal(ours, is_double) - ordinal(reference, is_double);
    return difference < 0 ? (uint64_t)-difference : (uint64_t)difference;
}

/* The reference result number `index` of a function. */
static uint64_t reference_at(const struct function_vectors *vectors, int index) {
    if (vectors->is_double)
        return ((const uint64_t *)vectors->results)[index];
    return ((const uint32_t *)vectors->results)[index];
}

/* The largest error of one function so far, and where. */
struct tally {
    int count;
    uint64_t worst;
    double worst_arguments[3];
    uint64_t worst_result, worst_reference;
};

static void record(struct tally *tally, uint64_t error, const double *arguments, uint64_t ours, uint64_t reference) {
    if (tally->count == 0 || error > tally->worst) {
        tally->worst = error;
        memcpy(tally->worst_arguments, arguments, sizeof tally->worst_arguments);
        tally->worst_result = ours;
        tally->worst_reference = reference;
    }
}

/* How many arguments a function of this signature takes. */
static int arity(char signature) {
    switch (signature) {
    case '2':
    case 'i':
        return 2;
    case '3':
        return 3;
    default:
        return 1;
    }
}

/* Evaluates the function at `arguments` and checks it against results
 * number `*next` (and the next, for two results). */
static void check(const struct function_vectors *vectors, const double *arguments, int *next, struct tally *tally) {
    int is_double = vectors->is_double;
    int strict = 0;
    uint64_t ours = 0, second = 0;
    int outputs = 1;
    /* ldexp's second argument is an int: only the number counts. */
    int numbers = vectors->signature == 'i' ? 1 : arity(vectors->signature);
    for (int index = 0; index < numbers; index++)
        if (is_special_argument(arguments[index]))
            strict = 1;
    if (is_double) {
        double x = arguments[0], y = arguments[1], z = arguments[2];
        switch (vectors->signature) {
        case '1':
            ours = double_bits(((double (*)(double))vectors->function)(x));
            break;
        case '2':
            ours = double_bits(((double (*)(double, double))vectors->function)(x, y));
            break;
        case '3':
            ours = double_bits(((double (*)(double, double, double))vectors->function)(x, y, z));
            break;
        case 'i':
            ours = double_bits(((double (*)(double, int))vectors->function)(x, (int)y));
            break;
        case 'x': {
            int exponent = 0;
            ours = double_bits(((double (*)(double, int *))vectors->function)(x, &exponent));
            second = (uint64_t)(int64_t)exponent;
            outputs = 2;
            break;
        }
        default: {
            double integral = 0;
            ours = double_bits(((double (*)(double, double *))vectors->function)(x, &integral));
            second = double_bits(integral);
            outputs = 2;
            break;
        }
        }
    } else {
        float x = (float)arguments[0], y = (float)arguments[1], z = (float)arguments[2];
        switch (vectors->signature) {
        case '1':
            ours = float_bits(((float (*)(float))vectors->function)(x));
            break;
        case '2':
            ours = float_bits(((float (*)(float, float))vectors->function)(x, y));
            break;
        case '3':
            ours = float_bits(((float (*)(float, float, float))vectors->function)(x, y, z));
            break;
        case 'i':
            ours = float_bits(((float (*)(float, int))vectors->function)(x, (int)arguments[1]));
            break;
        case 'x': {
            int exponent = 0;
            ours = float_bits(((float (*)(float, int *))vectors->function)(x, &exponent));
            second = (uint32_t)exponent;
            outputs = 2;
            break;
        }
        default: {
            float integral = 0;
            ours = float_bits(((float (*)(float, float *))vectors->function)(x, &integral));
            second = float_bits(integral);
            outputs = 2;
            break;
        }
        }
    }
    uint64_t reference = reference_at(vectors, *next);
    uint64_t error = distance(ours, reference, is_double, strict);
    if (outputs == 2) {
        uint64_t second_reference = reference_at(vectors, *next + 1);
        uint64_t second_error = 0;
        if (vectors->signature == 'x') {
            /* The exponent is unspecified for an infinite or NaN argument. */
            if (!isinf(arguments[0]) && !isnan(arguments[0]) && second != second_reference)
                second_error = UINT64_MAX;
        } else {
            second_error = distance(second, second_reference, is_double, 1);
        }
        if (second_error > error)
            error = second_error;
    }
    record(tally, error, arguments, ours, reference);
    tally->count++;
    *next += outputs;
}

static void print_number(double x, int is_double) {
    if (is_double)
        printf("%a", x);
    else
        printf("%a", (double)(float)x);
}

int main(void) {
    int failures = 0;
    long total = 0;
    for (size_t function = 0; function < sizeof all_functions / sizeof *all_functions; function++) {
        const struct function_vectors *vectors = &all_functions[function];
        int count = arity(vectors->signature);
        struct tally tally = {0};
        int next = 0;
        for (int edge = 0; edge < vectors->edge_count; edge++) {
            double arguments[3] = {0, 0, 0};
            for (int index = 0; index < count; index++)
                arguments[index] = vectors->edges[edge * count + index];
            check(vectors, arguments, &next, &tally);
        }
        generator_state = 0x5EED20260018u ^ fnv1a(vectors->name);
        for (int segment = 0; segment < vectors->segment_count; segment++) {
            const struct segment *part = &vectors->segments[segment];
            for (int draw_index = 0; draw_index < part->count; draw_index++) {
                double arguments[3] = {0, 0, 0};
                for (int index = 0; index < count; index++)
                    arguments[index] = draw(&part->arguments[index], vectors->is_double);
                check(vectors, arguments, &next, &tally);
            }
        }
        total += tally.count;
        int failed = tally.worst > vectors->bound;
        failures += failed;
        printf("%-17s %5d arguments, max ", vectors->name, tally.count);
        if (tally.worst == UINT64_MAX)
            printf("special value mismatch");
        else
            printf("%llu ulp", (unsigned long long)tally.worst);
        if (tally.worst != 0) {
            printf(" at (");
            for (int index = 0; index < count; index++) {
                if (index)
                    printf(", ");
                if (vectors->signature == 'i' && index == 1)
                    printf("%d", (int)tally.worst_arguments[1]);
                else
                    print_number(tally.worst_arguments[index], vectors->is_double);
            }
            printf("): ");
            if (vectors->is_double)
                printf("%a, correct %a", double_from_bits(tally.worst_result), double_from_bits(tally.worst_reference));
            else
                printf("%a, correct %a", (double)float_from_bits((uint32_t)tally.worst_result),
                       (double)float_from_bits((uint32_t)tally.worst_reference));
        }
        printf("%s\n", failed ? "  ABOVE BOUND" : "");
    }
    printf("%ld arguments, %d functions above their bound\n", total, failures);
    return failures ? 1 : 0;
}
