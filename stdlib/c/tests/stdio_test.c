/* stdio_test.c: FILE streams on real files (created in the working
 * directory and removed again), printed step by step; the output must match
 * the host's glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FILE_NAME "stdio_test.tmp"
#define OTHER_NAME "stdio_test2.tmp"

static void show_file(const char *label) {
    FILE *file = fopen(FILE_NAME, "r");
    if (!file) {
        printf("%s: cannot open: %s\n", label, strerror(errno));
        return;
    }
    char buffer[256];
    size_t count = fread(buffer, 1, sizeof buffer - 1, file);
    buffer[count] = '\0';
    printf("%s: %zu bytes [", label, count);
    for (size_t index = 0; index < count; index++)
        printf(buffer[index] == '\n' ? "\\n" : "%c", buffer[index]);
    printf("] eof=%d\n", feof(file) != 0);
    fclose(file);
}

int main(void) {
    remove(FILE_NAME);
    remove(OTHER_NAME);

    FILE *file = fopen(FILE_NAME, "r");
    printf("open missing: %s errno=%s\n", file ? "opened" : "NULL", strerror(errno));

    file = fopen(FILE_NAME, "w");
    fputs("hello\n", file);
    fprintf(file, "%d %s\n", 42, "world");
    fputc('x', file);
    fwrite("yz\n", 1, 3, file);
    printf("ftell after writes: %ld\n", ftell(file));
    fclose(file);
    show_file("after w");

    file = fopen(FILE_NAME, "a");
    fputs("appended\n", file);
    fclose(file);
    show_file("after a");

    file = fopen(FILE_NAME, "r");
    char line[64];
    while (fgets(line, sizeof line, file)) {
        line[strcspn(line, "\n")] = '\0';
        printf("fgets: [%s]\n", line);
    }
    printf("feof=%d ferror=%d\n", feof(file) != 0, ferror(file) != 0);
    clearerr(file);
    printf("after clearerr feof=%d\n", feof(file) != 0);
    rewind(file);
    int c = fgetc(file);
    printf("first char: %c\n", c);
    ungetc('H', file);
    int first = fgetc(file);
    int second = fgetc(file);
    printf("after ungetc: %c%c\n", first, second);
    fseek(file, -9, SEEK_END);
    printf("ftell after SEEK_END-9: %ld\n", ftell(file));
    fgets(line, sizeof line, file);
    printf("read there: %s", line);
    fseek(file, 6, SEEK_SET);
    fseek(file, 3, SEEK_CUR);
    long position = ftell(file);
    printf("ftell after SET 6, CUR 3: %ld -> %c\n", position, fgetc(file));
    fclose(file);

    file = fopen(FILE_NAME, "r+");
    fseek(file, 0, SEEK_SET);
    fputs("J", file);
    fseek(file, 0, SEEK_CUR);
    printf("r+ next char: %c\n", fgetc(file));
    fseek(file, 0, SEEK_END);
    fputs("end\n", file);
    fclose(file);
    show_file("after r+");

    file = fopen(FILE_NAME, "w+");
    fputs("fresh content\n", file);
    rewind(file);
    fgets(line, sizeof line, file);
    printf("w+ read back: %s", line);
    fclose(file);

    file = fopen(FILE_NAME, "a+");
    fputs("more\n", file);
    rewind(file);
    fgets(line, sizeof line, file);
    printf("a+ first line: %s", line);
    fclose(file);
    show_file("after a+");

    file = fopen(FILE_NAME, "r");
    char *dynamic = NULL;
    size_t capacity = 0;
    ssize_t length;
    while ((length = getline(&dynamic, &capacity, file)) != -1)
        printf("getline %zd: %s", length, dynamic);
    free(dynamic);
    fclose(file);

    file = fopen(FILE_NAME, "w");
    for (int index = 0; index < 10000; index++)
        fprintf(file, "%05d\n", index);
    fclose(file);
    file = fopen(FILE_NAME, "r");
    long sum = 0;
    int value, items = 0;
    while (fscanf(file, "%d", &value) == 1) {
        sum += value;
        items++;
    }
    printf("fscanf: %d items, sum %ld\n", items, sum);
    fseek(file, 0, SEEK_END);
    printf("size: %ld\n", ftell(file));
    fseek(file, 60000 - 6, SEEK_SET);
    char tail[8] = "";
    size_t got = fread(tail, 1, 7, file);
    printf("tail: %zu [%.5s] eof=%d\n", got, tail, feof(file) != 0);
    fclose(file);

    printf("rename: %d\n", rename(FILE_NAME, OTHER_NAME));
    printf("old exists: %d\n", fopen(FILE_NAME, "r") != NULL);
    printf("remove: %d\n", remove(OTHER_NAME));
    printf("remove again: %d %s\n", remove(OTHER_NAME), strerror(errno));
    printf("bad mode: %d\n", fopen(FILE_NAME, "q") == NULL);

    char buffer[32];
    snprintf(buffer, sizeof buffer, "%s", "");
    printf("puts follows\n");
    puts("puts line");
    putchar('p');
    putchar('\n');
    fflush(stdout); /* stdout may be fully buffered: keep the order */
    fprintf(stderr, "to stderr\n");
    fflush(stderr);
    return 0;
}
