/* string_test.c: string.h and ctype.h, printed one case per line; the output
 * must match the host's glibc exactly. Comparison results are printed as
 * their sign only (the C standard fixes nothing more). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int sign(int value) {
    return (value > 0) - (value < 0);
}

static void show_bytes(const char *label, const char *bytes, size_t count) {
    printf("%s:", label);
    for (size_t index = 0; index < count; index++)
        printf(" %02x", (unsigned char)bytes[index]);
    printf("\n");
}

int main(void) {
    char buffer[64];
    char other[64];

    /* memcpy copies count bytes from source (2nd) to destination (1st). */
    memset(buffer, '.', sizeof buffer);
    memcpy(buffer, "abcdef", 3);
    show_bytes("memcpy", buffer, 6);
    strcpy(buffer, "0123456789");
    memmove(buffer + 2, buffer, 5);
    printf("memmove forward: %s\n", buffer);
    strcpy(buffer, "0123456789");
    memmove(buffer, buffer + 3, 5);
    printf("memmove backward: %s\n", buffer);
    memset(buffer, 'z', 4);
    buffer[4] = '\0';
    printf("memset: %s\n", buffer);
    printf("memcmp: %d %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abd", "abc", 3)),
           sign(memcmp("abc", "abc", 3)), sign(memcmp("\xff", "\x01", 1)));
    const char *text = "hello, world";
    printf("memchr: %td %d\n", (const char *)memchr(text, 'w', 12) - text, memchr(text, 'q', 12) == NULL);

    printf("strlen: %zu %zu\n", strlen(""), strlen(text));
    printf("strnlen: %zu %zu\n", strnlen(text, 5), strnlen(text, 100));
    printf("strcmp: %d %d %d %d %d\n", sign(strcmp("a", "b")), sign(strcmp("b", "a")), sign(strcmp("abc", "abc")),
           sign(strcmp("ab", "abc")), sign(strcmp("\xe9", "e")));
    printf("strncmp: %d %d %d\n", sign(strncmp("abcx", "abcy", 3)), sign(strncmp("abcx", "abcy", 4)),
           sign(strncmp("a", "a", 10)));
    printf("strcasecmp: %d %d %d\n", sign(strcasecmp("HeLLo", "hello")), sign(strcasecmp("a", "B")),
           sign(strncasecmp("ABCd", "abce", 3)));

    strcpy(buffer, "foo");
    strcat(buffer, "bar");
    printf("strcat: %s\n", buffer);
    volatile size_t three = 3; /* hidden from gcc's truncation warning */
    strncat(buffer, "bazqux", three);
    printf("strncat: %s\n", buffer);
    memset(other, 'x', sizeof other);
    strncpy(other, "ab", 5);
    show_bytes("strncpy pad", other, 6);
    volatile size_t cut = 4; /* hidden from gcc's truncation warning */
    strncpy(other, "abcdefgh", cut);
    show_bytes("strncpy cut", other, 6);

    printf("strchr: %s | %d | %s\n", strchr(text, 'o'), strchr(text, 'q') == NULL, strchr(text, '\0') == text + 12 ? "end" : "bad");
    printf("strrchr: %s | %d\n", strrchr(text, 'o'), strrchr(text, 'q') == NULL);
    printf("strstr: %s | %d | %s\n", strstr(text, "wor"), strstr(text, "xyz") == NULL, strstr(text, ""));
    printf("strspn: %zu %zu\n", strspn("aabbcx", "abc"), strspn("xyz", "abc"));
    printf("strcspn: %zu %zu\n", strcspn("hello world", " "), strcspn("abc", "xyz"));
    printf("strpbrk: %s | %d\n", strpbrk("hello world", "ow"), strpbrk("abc", "xyz") == NULL);

    strcpy(buffer, "  one two,,three  four ");
    printf("strtok:");
    for (char *token = strtok(buffer, " ,"); token; token = strtok(NULL, " ,"))
        printf(" [%s]", token);
    printf("\n");
    strcpy(buffer, "a:b::c");
    char *state;
    printf("strtok_r:");
    for (char *token = strtok_r(buffer, ":", &state); token; token = strtok_r(NULL, ":", &state))
        printf(" [%s]", token);
    printf("\n");

    char *copy = strdup("duplicate");
    char *part = strndup("duplicate", 3);
    printf("strdup: %s %s\n", copy, part);
    free(copy);
    free(part);

    for (int error = 0; error <= 40; error++)
        printf("strerror(%d): %s\n", error, strerror(error));

    printf("ctype:");
    for (int c = 0; c < 128; c++) {
        int classes = (isalnum(c) ? 1 : 0) | (isalpha(c) ? 2 : 0) | (iscntrl(c) ? 4 : 0) | (isdigit(c) ? 8 : 0) |
                      (isgraph(c) ? 16 : 0) | (islower(c) ? 32 : 0) | (isprint(c) ? 64 : 0) |
                      (ispunct(c) ? 128 : 0) | (isspace(c) ? 256 : 0) | (isupper(c) ? 512 : 0) |
                      (isxdigit(c) ? 1024 : 0) | (isblank(c) ? 2048 : 0);
        printf(" %x", classes);
    }
    printf("\n");
    printf("toupper/tolower: %c%c%c %c%c%c\n", toupper('a'), toupper('Z'), toupper('1'), tolower('A'), tolower('z'),
           tolower('!'));
    return 0;
}
