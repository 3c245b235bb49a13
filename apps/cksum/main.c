/* cksum: prints the POSIX checksum (the CRC-32 of the data followed by its
 * length, with the polynomial 0x04C11DB7, most significant bit first, and
 * the result inverted), the byte count and the name of each file, or of
 * standard input with no file or "-", as POSIX and GNU cksum do. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static uint32_t table[256];

/* table[b]: the CRC register's change when byte b leaves its top. */
static void make_table(void) {
    for (uint32_t byte = 0; byte < 256; byte++) {
        uint32_t crc = byte << 24;
        for (int bit = 0; bit < 8; bit++)
            crc = (crc & 0x80000000u) ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
        table[byte] = crc;
    }
}

static uint32_t crc_add(uint32_t crc, const unsigned char *bytes, size_t length) {
    for (size_t index = 0; index < length; index++)
        crc = (crc << 8) ^ table[(crc >> 24) ^ bytes[index]];
    return crc;
}

/* Checksums everything readable from `fd`; returns 0 or an errno value. */
static int checksum(int fd, uint32_t *result, unsigned long long *size) {
    static unsigned char buffer[32768];
    uint32_t crc = 0;
    unsigned long long total = 0;
    for (;;) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0)
            return errno;
        if (got == 0)
            break;
        crc = crc_add(crc, buffer, (size_t)got);
        total += (unsigned long long)got;
    }
    /* The length, least significant byte first, only as many bytes as it has. */
    for (unsigned long long length = total; length; length >>= 8) {
        unsigned char byte = (unsigned char)(length & 0xff);
        crc = crc_add(crc, &byte, 1);
    }
    *result = ~crc;
    *size = total;
    return 0;
}

static int report(int fd, const char *name) {
    uint32_t crc;
    unsigned long long size;
    int error = checksum(fd, &crc, &size);
    if (error) {
        fprintf(stderr, "cksum: %s: %s\n", name ? name : "-", strerror(error));
        return 1;
    }
    if (name)
        printf("%lu %llu %s\n", (unsigned long)crc, size, name);
    else
        printf("%lu %llu\n", (unsigned long)crc, size);
    return 0;
}

int main(int argc, char **argv) {
    make_table();
    if (argc < 2)
        return report(0, NULL);
    int status = 0;
    for (int index = 1; index < argc; index++) {
        if (strcmp(argv[index], "-") == 0) {
            status |= report(0, "-");
            continue;
        }
        int fd = open(argv[index], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "cksum: %s: %s\n", argv[index], strerror(errno));
            status = 1;
            continue;
        }
        status |= report(fd, argv[index]);
        close(fd);
    }
    return status;
}
