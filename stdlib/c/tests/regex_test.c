/* regex_test.c: regcomp/regexec/regerror on a table of (pattern, flags,
 * subject) cases, printing the compile result (re_nsub or the error code and
 * its message) and the match (the offsets of the whole match and of every
 * subexpression, or "no match"); the output must match the host's glibc
 * exactly. The cases cover BRE and ERE syntax, brackets and classes,
 * anchors, repetition, alternation, subexpression choice (glibc's, where it
 * differs from POSIX's), back-references, glibc's \w \< \b ..., REG_ICASE,
 * REG_NEWLINE, REG_NOSUB, REG_NOTBOL/REG_NOTEOL, REG_STARTEND and every
 * error code regcomp can give. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare REG_STARTEND under -std=c11 */
#endif
#include <regex.h>
#include <stdio.h>
#include <string.h>

#define B 0            /* basic syntax */
#define E REG_EXTENDED /* extended syntax */
#define I REG_ICASE
#define N REG_NEWLINE
#define S REG_NOSUB
#define NOTBOL REG_NOTBOL
#define NOTEOL REG_NOTEOL

struct test_case {
    const char *pattern;
    int compile_flags;
    int exec_flags;
    const char *subject;
};

static const struct test_case cases[] = {
    /* literals and '.' */
    {"abc", B, 0, "xabcx"},
    {"abc", E, 0, "ab"},
    {"", B, 0, "abc"},
    {"", E, 0, ""},
    {"a.c", B, 0, "abc"},
    {"a.c", E, 0, "a\nc"},
    {"a.c", E | N, 0, "a\nc"},
    {"...", B, 0, "ab"},
    {"a\\.c", B, 0, "abc a.c"},
    {"\\a\\b", E, 0, "ab"},
    {"a|b", B, 0, "xa|by"},
    {"a+b", B, 0, "aab a+b"},
    {"a?", B, 0, "a?"},
    {"(ab)", B, 0, "x(ab)"},
    {"{1}", B, 0, "a{1}"},
    {"a{1", B, 0, "a{1"},
    {"a}", E, 0, "a}"},
    {"a)", E, 0, "a)"},

    /* bracket expressions */
    {"[abc]", B, 0, "xxbxx"},
    {"[^abc]", B, 0, "abcd"},
    {"[a-c]*", E, 0, "abcabd"},
    {"[]a]", B, 0, "]"},
    {"[^]a]", B, 0, "]ab"},
    {"[a-]", E, 0, "-"},
    {"[-a]", E, 0, "x-"},
    {"[--/]", E, 0, "a.b"},
    {"[a\\]+", E, 0, "x\\a\\y"},
    {"[.]", B, 0, "a.b"},
    {"[*+?{}()|]+", E, 0, "a*+?{}()|b"},
    {"[[:alpha:]]+", E, 0, "12abC34"},
    {"[[:digit:]]+", E, 0, "abc123def"},
    {"[[:alnum:]]+", E, 0, "--a1B2--"},
    {"[[:upper:]]+", E, 0, "abcDEFghi"},
    {"[[:lower:]]+", E, 0, "ABCdefGHI"},
    {"[[:space:]]+", E, 0, "a \t\n\v\f\rb"},
    {"[[:blank:]]+", E, 0, "a \t\nb"},
    {"[[:punct:]]+", E, 0, "ab!@#cd"},
    {"[[:xdigit:]]+", E, 0, "xyz09afAFg"},
    {"[[:print:]]+", E, 0, "\ta b~\n"},
    {"[[:graph:]]+", E, 0, " a-b "},
    {"[[:cntrl:]]+", E, 0, "ab\t\001\177cd"},
    {"[^[:alnum:]]+", E, 0, "ab, cd"},
    {"[[:alpha:][:digit:]_]+", E, 0, "-a_1-"},
    {"[[.a.]-c]+", E, 0, "xabcd"},
    {"[[.-.]a]+", E, 0, "x-a-"},
    {"[[=a=]b]+", E, 0, "xabab"},
    {"[^a]", E, 0, "a\nb"},
    {"[^a]", E | N, 0, "a\nb"},
    {"[a-c-e]", E, 0, "-"},
    {"[%--]", E, 0, "+"},

    /* anchors */
    {"^abc", B, 0, "abcabc"},
    {"abc$", B, 0, "abcabc"},
    {"^abc$", B, 0, "abc"},
    {"^abc$", B, 0, "abcd"},
    {"a^b", B, 0, "a^b"},
    {"a$b", B, 0, "a$b"},
    {"\\(^a\\)", B, 0, "ab"},
    {"\\(a$\\)", B, 0, "ba"},
    {"x\\|^a", B, 0, "ab"},
    {"a$\\|x", B, 0, "ba"},
    {"^*", B, 0, "*a"},
    {"$a", B, 0, "x$a"},
    {"^$", B, 0, ""},
    {"^$", E, 0, "a"},
    {"a^", E, 0, "a^"},
    {"$a", E, 0, "$a"},
    {"^b", E | N, 0, "a\nb"},
    {"a$", E | N, 0, "a\nb"},
    {"^b", E, 0, "a\nb"},
    {"a$", E, 0, "a\nb"},
    {"^a", E, NOTBOL, "a"},
    {"a$", E, NOTEOL, "a"},
    {"^b", E | N, NOTBOL, "a\nb"},
    {"^a", E | N, NOTBOL, "a\nb"},
    {"a$", E | N, NOTEOL, "a\nb"},
    {"^.*$", E | N, 0, "first\nsecond"},
    {"^", E, NOTBOL, "a"},
    {"$", E, 0, "abc"},

    /* repetition */
    {"a*", B, 0, "aaab"},
    {"a*", B, 0, "baaa"},
    {"ba*", B, 0, "baaa"},
    {"*a", B, 0, "x*a"},
    {"\\(*a\\)", B, 0, "*a"},
    {"a\\+", B, 0, "baaa"},
    {"a\\?b", B, 0, "aab"},
    {"a+", E, 0, "baaa"},
    {"a?b", E, 0, "aab"},
    {"ab?c", E, 0, "ac abc"},
    {"a\\{2\\}", B, 0, "aaaa"},
    {"a\\{2,\\}", B, 0, "aaaa"},
    {"a\\{1,2\\}", B, 0, "aaaa"},
    {"a\\{,2\\}b", B, 0, "aaab"},
    {"a{2}", E, 0, "aaa"},
    {"a{2,3}", E, 0, "aaaaa"},
    {"a{0}b", E, 0, "aab"},
    {"(ab){2}", E, 0, "abababab"},
    {"(a|b){3}", E, 0, "abba"},
    {"a**", E, 0, "aa"},
    {"a+?", E, 0, "aa"},
    {"(a*)+", E, 0, "aa"},
    {"x*", E, 0, ""},
    {"a{,}", E, 0, "aaa"},
    {"[ab]{2,}c", E, 0, "ababc"},

    /* alternation */
    {"ab|cd", E, 0, "xcdab"},
    {"a|ab", E, 0, "ab"},
    {"ab|a", E, 0, "ab"},
    {"ab\\|cd", B, 0, "xcd"},
    {"a||b", E, 0, "b"},
    {"|a", E, 0, "a"},
    {"a|", E, 0, "b"},
    {"(a|b|c)+", E, 0, "xabcabcx"},
    {"(foo|foobar)bar", E, 0, "foobarbar"},
    {"x(a|bc|def)y", E, 0, "xdefy"},

    /* groups and subexpressions */
    {"(a)(b)(c)", E, 0, "abc"},
    {"\\(a\\)\\(b\\)", B, 0, "ab"},
    {"((a)(b))", E, 0, "ab"},
    {"(a(b(c)))", E, 0, "abc"},
    {"((a))", E, 0, "a"},
    {"()", E, 0, "x"},
    {"(a)|(b)", E, 0, "b"},
    {"(a)|b", E, 0, "b"},
    {"(a*)(b*)", E, 0, "aabb"},
    {"(a*)(a*)", E, 0, "aaa"},
    {"(a*)*", E, 0, "b"},
    {"(a*)*", E, 0, "aa"},
    {"(a*)+", E, 0, "b"},
    {"(a)*", E, 0, "b"},
    {"(a*)?", E, 0, "b"},
    {"(a|ab)(c|bcd)(d*)", E, 0, "abcd"},
    {"(a|ab)(bc|c)", E, 0, "abc"},
    {"(.*)(.*)", E, 0, "abc"},
    {"(.*)c(.*)", E, 0, "abcabc"},
    {"(a+)(a+)", E, 0, "aaaa"},
    {"((a)|b)*", E, 0, "ab"},
    {"((a)|b)+", E, 0, "ba"},
    {"(a|b)*c", E, 0, "abac"},
    {"(ab|a)(bc|c)?", E, 0, "abc"},
    {"(a?)*", E, 0, "aa"},
    {"((a?))*", E, 0, "a"},
    {"(a)?(a)?(a)?", E, 0, "aa"},
    {"(a|)+", E, 0, "aa"},
    {"(|a)a*", E, 0, "aa"},
    {"(a*)?+", E, 0, "a"},
    {"(a*){2}", E, 0, "aa"},
    {"(a){0}b", E, 0, "b"},
    {"(wee|week)(knights|night)", E, 0, "weeknights"},
    {"(x)?(y)?z", E, 0, "yz"},
    {"(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", E, 0, "abcdefghij"},
    {"^(a+)(b+)?$", E, 0, "aaa"},
    {"([a-z]+)@([a-z]+)\\.com", E, 0, "mail me at joe@example.com now"},
    {"([0-9]+)-([0-9]+)", E, 0, "call 555-1234"},

    /* back-references */
    {"\\(a\\)\\1", B, 0, "aa"},
    {"\\(a*\\)b\\1", B, 0, "aabaa aaba"},
    {"\\(.\\)\\1", B, 0, "abccd"},
    {"\\([a-z]*\\) \\1", B, 0, "hello hello world"},
    {"(a)\\1", E, 0, "aa"},
    {"(.)(.)\\2\\1", E, 0, "xabbay"},
    {"(a+)b\\1", E, 0, "aabaaa"},
    {"\\(a\\)\\|\\(b\\)", B, 0, "b"},
    {"^\\(.*\\)\\1$", B, 0, "abcabc"},
    {"^\\(.*\\)\\1$", B, 0, "abcab"},
    {"(a)\\1", E | I, 0, "aA"},
    {"\\(ab*\\)c\\1", B, 0, "abbcabb"},
    {"\\(a\\)*\\1", B, 0, "aa"},

    /* glibc's operators */
    {"\\w+", E, 0, "--ab_1--"},
    {"\\W+", E, 0, "ab--cd"},
    {"\\s+", E, 0, "a \t b"},
    {"\\S+", E, 0, "  ab  "},
    {"\\<b", E, 0, "ab b"},
    {"a\\>", E, 0, "ab a"},
    {"\\bfoo\\b", E, 0, "foobar foo"},
    {"\\Bo", E, 0, "o foo"},
    {"\\`a", E, 0, "aa"},
    {"a\\'", E, 0, "aa"},
    {"\\`a", E | N, NOTBOL, "b\na"},
    {"\\<", E, 0, " x"},
    {"\\w*", B, 0, "ab cd"},
    {"\\<[a-z]+\\>", B, 0, "12 word 34"},

    /* REG_ICASE */
    {"abc", E | I, 0, "xABCx"},
    {"ABC", E | I, 0, "abc"},
    {"[a-c]+", E | I, 0, "xAbCx"},
    {"[A-C]+", E | I, 0, "xabcx"},
    {"[^a]", E | I, 0, "Ab"},
    {"[[:upper:]]+", E | I, 0, "abCD"},
    {"[[:lower:]]+", E | I, 0, "ABcd"},
    {"\\w+", E | I, 0, "-AB-"},
    {"a.c", B | I, 0, "AXC"},

    /* REG_NOSUB and the whole match only */
    {"a(b)c", E | S, 0, "abc"},
    {"x", E | S, 0, "abc"},
    {"\\(a\\)\\1", B | S, 0, "aa"},

    /* errors */
    {"[a", E, 0, ""},
    {"[", E, 0, ""},
    {"[^", B, 0, ""},
    {"[]", E, 0, ""},
    {"[[:alpha:]", E, 0, ""},
    {"[[:foo:]]", E, 0, ""},
    {"[[:ALPHA:]]", E | I, 0, ""},
    {"[[.ab.]]", E, 0, ""},
    {"[[=ab=]]", E, 0, ""},
    {"[z-a]", E, 0, ""},
    {"[a-z-9]", E, 0, ""},
    {"[[:alpha:]-z]", E, 0, ""},
    {"[Z-a]", E | I, 0, ""},
    {"a\\", B, 0, ""},
    {"\\", E, 0, ""},
    {"\\1", B, 0, ""},
    {"\\(a\\1\\)", B, 0, ""},
    {"\\(a\\)\\|\\1", B, 0, ""},
    {"(a)\\2", E, 0, ""},
    {"(a", E, 0, ""},
    {"\\(a", B, 0, ""},
    {"a\\)", B, 0, ""},
    {"((a)", E, 0, ""},
    {"a{", E, 0, ""},
    {"a{1", E, 0, ""},
    {"a{1,2", E, 0, ""},
    {"a\\{1", B, 0, ""},
    {"a\\{1}", B, 0, ""},
    {"a{}", E, 0, ""},
    {"a{x}", E, 0, ""},
    {"a{2,1}", E, 0, ""},
    {"a{1,2,3}", E, 0, ""},
    {"a{32768}", E, 0, ""},
    {"a{1,32768}", E, 0, ""},
    {"*a", E, 0, ""},
    {"a|*b", E, 0, ""},
    {"(*a)", E, 0, ""},
    {"^*", E, 0, ""},
    {"{1}", E, 0, ""},
    {"\\{1\\}", B, 0, ""},
    {"a**", B, 0, ""},
    {"a\\{2\\}*", B, 0, ""},
    {"a*\\{2\\}", B, 0, ""},
};

static void print_quoted(const char *text, size_t length) {
    putchar('"');
    for (size_t index = 0; index < length; index++) {
        unsigned char byte = (unsigned char)text[index];
        if (byte == '\n')
            printf("\\n");
        else if (byte == '\t')
            printf("\\t");
        else if (byte == '\\' || byte == '"')
            printf("\\%c", byte);
        else if (byte < ' ' || byte >= 127)
            printf("\\%03o", byte);
        else
            putchar(byte);
    }
    putchar('"');
}

static void print_flags(int compile_flags, int exec_flags) {
    printf("%s%s%s%s%s%s", compile_flags & REG_EXTENDED ? "E" : "B", compile_flags & REG_ICASE ? "I" : "",
           compile_flags & REG_NEWLINE ? "N" : "", compile_flags & REG_NOSUB ? "S" : "",
           exec_flags & REG_NOTBOL ? " notbol" : "", exec_flags & REG_NOTEOL ? " noteol" : "");
}

static void print_error(int error, const regex_t *regex) {
    char message[100];
    regerror(error, regex, message, sizeof message);
    printf("error %d (%s)", error, message);
}

/* Prints the result of one regexec call. */
static void print_match(int result, const regex_t *regex, const regmatch_t *matches, size_t count) {
    if (result == REG_NOMATCH) {
        printf("no match");
        return;
    }
    if (result != 0) {
        print_error(result, regex);
        return;
    }
    printf("match");
    for (size_t index = 0; index < count; index++)
        printf(" (%d,%d)", (int)matches[index].rm_so, (int)matches[index].rm_eo);
}

static void run_case(int number, const struct test_case *test) {
    printf("%3d ", number);
    print_quoted(test->pattern, strlen(test->pattern));
    putchar(' ');
    print_flags(test->compile_flags, test->exec_flags);
    printf(": ");
    regex_t regex;
    int error = regcomp(&regex, test->pattern, test->compile_flags);
    if (error) {
        print_error(error, &regex);
        putchar('\n');
        return;
    }
    printf("nsub %zu; ", regex.re_nsub);
    print_quoted(test->subject, strlen(test->subject));
    printf(" -> ");
    regmatch_t matches[12];
    for (size_t index = 0; index < 12; index++)
        matches[index].rm_so = matches[index].rm_eo = -7;
    size_t count = regex.re_nsub + 1 < 11 ? regex.re_nsub + 1 : 11;
    int result = regexec(&regex, test->subject, count, matches, test->exec_flags);
    if (test->compile_flags & REG_NOSUB)
        printf("%s", result == 0 ? "match" : result == REG_NOMATCH ? "no match" : "error");
    else
        print_match(result, &regex, matches, count);
    /* The whole match alone, and whether it matches at all, must agree. */
    regmatch_t whole = {-7, -7};
    int whole_result = regexec(&regex, test->subject, 1, &whole, test->exec_flags);
    int any_result = regexec(&regex, test->subject, 0, NULL, test->exec_flags);
    if (whole_result != result || any_result != result ||
        (result == 0 && !(test->compile_flags & REG_NOSUB) &&
         (whole.rm_so != matches[0].rm_so || whole.rm_eo != matches[0].rm_eo)))
        printf(" [inconsistent: %d (%d,%d) %d]", whole_result, (int)whole.rm_so, (int)whole.rm_eo, any_result);
    putchar('\n');
    regfree(&regex);
}

/* REG_STARTEND: a window of a subject that may hold NUL bytes. */
static void run_window(const char *pattern, int compile_flags, const char *subject, int start, int end, int exec_flags) {
    printf("window ");
    print_quoted(pattern, strlen(pattern));
    printf(" [%d,%d) of ", start, end);
    print_quoted(subject, (size_t)end);
    printf(": ");
    regex_t regex;
    int error = regcomp(&regex, pattern, compile_flags);
    if (error) {
        print_error(error, &regex);
        putchar('\n');
        return;
    }
    regmatch_t matches[4] = {{start, end}, {-7, -7}, {-7, -7}, {-7, -7}};
    int result = regexec(&regex, subject, 3, matches, exec_flags | REG_STARTEND);
    print_match(result, &regex, matches, 3);
    putchar('\n');
    regfree(&regex);
}

/* More slots than groups: the extra ones are (-1,-1). */
static void extra_slots(void) {
    regex_t regex;
    regcomp(&regex, "(a)(b)?", REG_EXTENDED);
    regmatch_t matches[6];
    int result = regexec(&regex, "xa", 6, matches, 0);
    printf("extra slots: ");
    print_match(result, &regex, matches, 6);
    putchar('\n');
    regfree(&regex);
}

/* Every search of a string, as a tool like grep -o makes it. */
static void all_matches(const char *pattern, int compile_flags, const char *subject) {
    regex_t regex;
    regcomp(&regex, pattern, compile_flags);
    printf("all ");
    print_quoted(pattern, strlen(pattern));
    printf(" in ");
    print_quoted(subject, strlen(subject));
    printf(":");
    int length = (int)strlen(subject);
    for (int at = 0; at <= length;) {
        regmatch_t match = {at, length};
        if (regexec(&regex, subject, 1, &match, at > 0 ? REG_STARTEND | REG_NOTBOL : REG_STARTEND))
            break;
        printf(" (%d,%d)", (int)match.rm_so, (int)match.rm_eo);
        at = match.rm_eo > match.rm_so ? (int)match.rm_eo : (int)match.rm_eo + 1;
    }
    putchar('\n');
    regfree(&regex);
}

static void messages(void) {
    for (int error = REG_NOERROR; error <= REG_ERPAREN; error++) {
        char message[100];
        size_t length = regerror(error, NULL, message, sizeof message);
        printf("regerror %d: %zu \"%s\"\n", error, length, message);
    }
    char small[8];
    size_t length = regerror(REG_EBRACK, NULL, small, sizeof small);
    printf("regerror into 8 bytes: %zu \"%s\"\n", length, small);
    length = regerror(REG_NOMATCH, NULL, NULL, 0);
    printf("regerror into nothing: %zu\n", length);
}

int main(void) {
    int count = (int)(sizeof cases / sizeof cases[0]);
    for (int index = 0; index < count; index++)
        run_case(index + 1, &cases[index]);

    run_window("b", REG_EXTENDED, "abcb", 2, 4, 0);
    run_window("^b", REG_EXTENDED, "abcb", 1, 4, 0);
    run_window("^c", REG_EXTENDED | REG_NEWLINE, "ab\ncb", 3, 5, 0);
    run_window("b$", REG_EXTENDED, "abcb", 0, 2, 0);
    run_window("b$", REG_EXTENDED, "abcb", 0, 2, REG_NOTEOL);
    run_window("\\<c", REG_EXTENDED, "abc c", 2, 5, 0);
    run_window("a(.)c", REG_EXTENDED, "xa\0cy", 0, 5, 0);
    run_window("a.c", REG_EXTENDED, "a\0c", 0, 3, 0);
    run_window("a[^b]c", REG_EXTENDED, "a\0c", 0, 3, 0);
    run_window("c(y?)", REG_EXTENDED, "xa\0cy", 1, 4, 0);
    run_window("(a)", REG_EXTENDED, "aaa", 3, 3, 0);
    extra_slots();
    all_matches("[0-9]+", REG_EXTENDED, "a1b22c333");
    all_matches("a*", REG_EXTENDED, "baaac");
    all_matches("\\<[a-z]", REG_EXTENDED, "one two three");
    all_matches("^.", REG_EXTENDED, "abc");
    messages();
    return 0;
}
