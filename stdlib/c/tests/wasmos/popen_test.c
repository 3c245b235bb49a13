/* popen, pclose and system through the shell: output read from a command,
 * input written to one, exit statuses and a command that does not exist. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

int main(void) {
    FILE *reading = popen("echo hello; echo world | wc -c", "r");
    if (!reading) {
        perror("popen r");
        return 1;
    }
    char line[64];
    while (fgets(line, sizeof line, reading))
        printf("read: %s", line);
    int status = pclose(reading);
    printf("pclose: exited %d status %d\n", WIFEXITED(status), WEXITSTATUS(status));

    FILE *writing = popen("cat > /tmp/popen-test.txt", "w");
    if (!writing) {
        perror("popen w");
        return 1;
    }
    fputs("written through a pipe\n", writing);
    status = pclose(writing);
    printf("pclose: exited %d status %d\n", WIFEXITED(status), WEXITSTATUS(status));
    FILE *back = fopen("/tmp/popen-test.txt", "r");
    if (back && fgets(line, sizeof line, back))
        printf("file: %s", line);
    if (back)
        fclose(back);

    status = system("exit 3");
    printf("system exit 3: %d\n", WEXITSTATUS(status));
    fflush(stdout); /* the child writes to the same descriptor */
    status = system("echo to stdout > /tmp/popen-test.txt && cat /tmp/popen-test.txt");
    printf("system redirect: %d\n", WEXITSTATUS(status));
    status = system("no-such-command-anywhere 2>/dev/null");
    printf("system missing: %d\n", WEXITSTATUS(status));
    printf("system(NULL): %d\n", system(NULL) != 0);
    printf("pclose of a plain stream: %d\n", pclose(stdout));
    return 0;
}
