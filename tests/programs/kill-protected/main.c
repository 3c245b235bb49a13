/* kill-protected: starts Lua running an endless loop inside `pcall` (a
 * protected call, which the interpreter runs without fuel), lets it run,
 * kills it and checks that it ended by the signal.  Usage: kill-protected
 * [MILLISECONDS] (how long the loop runs first, 300 by default). */
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

int main(int argc, char **argv) {
    long milliseconds = argc > 1 ? strtol(argv[1], NULL, 10) : 300;
    char *lua_argv[] = {"lua", "-e", "pcall(function() while true do end end)", NULL};
    pid_t pid;
    if (posix_spawnp(&pid, "lua", NULL, NULL, lua_argv, NULL) != 0) {
        fprintf(stderr, "kill-protected: cannot start lua\n");
        return 1;
    }
    struct timespec pause = {milliseconds / 1000, (milliseconds % 1000) * 1000000L};
    nanosleep(&pause, NULL);
    int status;
    if (waitpid(pid, &status, WNOHANG) != 0) {
        fprintf(stderr, "kill-protected: lua ended before the kill\n");
        return 1;
    }
    if (kill(pid, SIGKILL) != 0 || waitpid(pid, &status, 0) != pid) {
        fprintf(stderr, "kill-protected: kill or wait failed\n");
        return 1;
    }
    if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL) {
        fprintf(stderr, "kill-protected: lua ended with status %#x, not by SIGKILL\n", status);
        return 1;
    }
    printf("killed inside a protected call by signal %d\n", WTERMSIG(status));
    return 0;
}
