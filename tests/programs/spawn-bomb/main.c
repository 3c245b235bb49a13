/* spawn-bomb: every copy starts two more copies of itself at once, with no
 * depth limit, then waits for them: the process limit must stop it with
 * EAGAIN (never the kernel), after which it unwinds and ends.  The first
 * copy prints how many copies ran and how many spawns were refused. */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

/* Each copy's exit status: the copies in its subtree, itself included
 * (saturated at 127), and whether one of them was refused (bit 7). */
#define REFUSED_BIT 0x80
#define COUNT_MASK 0x7f

int main(int argc, char **argv) {
    (void)argc;
    int top = argc < 2 || strcmp(argv[1], "child") != 0;
    char *child_argv[] = {argv[0], "child", NULL};
    pid_t children[2];
    int started = 0, refused = 0, failed = 0;
    for (int index = 0; index < 2; index++) {
        int error = posix_spawn(&children[started], argv[0], NULL, NULL, child_argv, NULL);
        if (error == 0)
            started++;
        else if (error == EAGAIN)
            refused = 1;
        else
            failed = 1;
    }
    int copies = 1;
    for (int index = 0; index < started; index++) {
        int status;
        if (waitpid(children[index], &status, 0) != children[index] || !WIFEXITED(status)) {
            failed = 1;
            continue;
        }
        copies += WEXITSTATUS(status) & COUNT_MASK;
        refused |= (WEXITSTATUS(status) & REFUSED_BIT) != 0;
    }
    if (failed) {
        fprintf(stderr, "spawn-bomb: a spawn or a wait failed otherwise than with EAGAIN\n");
        return top ? 1 : 0x7f;
    }
    if (top) {
        printf("spawn bomb: %d copies ran, %s\n", copies,
               refused ? "then the process limit refused more (EAGAIN)" : "and nothing stopped it");
        return refused ? 0 : 1;
    }
    return (copies > COUNT_MASK ? COUNT_MASK : copies) | (refused ? REFUSED_BIT : 0);
}
