/* getopt.c: POSIX command-line option parsing. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;

/* Position inside a cluster of short options such as -abc. */
static int cluster_position;

int getopt(int argc, char *const argv[], const char *options) {
    if (optind == 0) {
        optind = 1;
        cluster_position = 0;
    }
    optarg = NULL;
    if (cluster_position == 0) {
        if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || argv[optind][1] == '\0')
            return -1;
        if (strcmp(argv[optind], "--") == 0) {
            optind++;
            return -1;
        }
        cluster_position = 1;
    }
    const char *word = argv[optind];
    int option = (unsigned char)word[cluster_position++];
    int quiet = options[0] == ':';
    const char *found = option != ':' ? strchr(options + quiet, option) : NULL;
    if (!found) {
        optopt = option;
        if (opterr && !quiet)
            fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], option);
        if (word[cluster_position] == '\0') {
            optind++;
            cluster_position = 0;
        }
        return '?';
    }
    if (found[1] == ':') {
        if (word[cluster_position] != '\0') {
            optarg = (char *)word + cluster_position;
            optind++;
        } else if (found[2] == ':') {
            optind++; /* an optional argument must be attached */
        } else if (optind + 1 < argc) {
            optarg = argv[optind + 1];
            optind += 2;
        } else {
            optopt = option;
            optind++;
            cluster_position = 0;
            if (quiet)
                return ':';
            if (opterr)
                fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], option);
            return '?';
        }
        cluster_position = 0;
        return option;
    }
    if (word[cluster_position] == '\0') {
        optind++;
        cluster_position = 0;
    }
    return option;
}
