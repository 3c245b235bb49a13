/* memory_stream_end_test.c: open_memstream as POSIX describes it, where
 * glibc differs: the data's length is the furthest any write reached, so
 * a write after seeking back keeps the data beyond it, SEEK_END is that
 * furthest point, and a gap left by seeking past the end reads as zeros.
 * (glibc ends the data at the latest write instead.) */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char *data = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&data, &size);
    fputs("hello world", stream);
    fseek(stream, 2, SEEK_SET);
    fputs("XY", stream);
    fflush(stream);
    printf("after XY at 2: size %zu, data [%s]\n", size, data);
    fseek(stream, 0, SEEK_END);
    long end = ftell(stream);
    printf("SEEK_END: %ld\n", end);
    fseek(stream, 3, SEEK_CUR);
    fputs("!", stream);
    fclose(stream);
    printf("after a gap of 3: size %zu, gap", size);
    for (long index = end; index < end + 3; index++)
        printf(" %d", data[index]);
    printf(", then '%c', terminated %d\n", data[end + 3], data[size] == '\0');
    free(data);

    /* fmemopen's a+ reads from the start but writes at the end. */
    char buffer[16] = "abc";
    stream = fmemopen(buffer, sizeof buffer, "a+");
    fputs("de", stream);
    fflush(stream);
    rewind(stream);
    char text[16] = {0};
    size_t got = fread(text, 1, sizeof text - 1, stream);
    fclose(stream);
    printf("a+: read %zu [%s]\n", got, text);
    return 0;
}
