/* msgcall: benchmark workload, the round trip of a message call between two
 * processes: the parent calls (wasmos_msg_call) a service, a child that
 * takes each message with wasmos_msg_receive and answers it with
 * wasmos_msg_reply, `rounds` times, timed.  Each call carries one byte and
 * its reply the same byte, as in pingpong's pipe round trip.
 * Usage: msgcall [rounds]   (default 10000)
 * The service is this program again, started with posix_spawn; the caller
 * knows it by the pid that returns, and a call of 'q' ends it.  Prints
 *   msgcall: <rounds> round trips in <ns> ns, <ns> ns per round trip */
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <wasmos.h>

#define DEFAULT_ROUNDS 10000
/* The argument that makes the program the service. */
#define SERVICE_ARGUMENT "--service"
/* The message that ends the service. */
#define QUIT 'q'

/* The service: answers every call with the byte it carried, until a call of
 * QUIT (answered too); returns its exit status. */
static int serve(void) {
    char byte;
    struct wasmos_message info;
    for (;;) {
        int got = wasmos_msg_receive(&byte, 1, &info, 0);
        if (got != 1 || info.call == 0) {
            fprintf(stderr, "msgcall: service: unexpected message (%d)\n", got);
            return 1;
        }
        int replied = wasmos_msg_reply(info.sender, info.call, &byte, 1);
        if (replied < 0) {
            fprintf(stderr, "msgcall: service: reply: %s\n", strerror(-replied));
            return 1;
        }
        if (byte == QUIT)
            return 0;
    }
}

/* One call of `byte` to `service`, which must answer with the same byte. */
static int round_trip(int service, char byte) {
    char answer;
    int got = wasmos_msg_call(service, &byte, 1, &answer, 1);
    if (got != 1 || answer != byte) {
        fprintf(stderr, "msgcall: call: %s\n", got < 0 ? strerror(-got) : "unexpected reply");
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], SERVICE_ARGUMENT) == 0)
        return serve();
    long rounds = DEFAULT_ROUNDS;
    if (argc > 2) {
        fprintf(stderr, "usage: msgcall [rounds]\n");
        return 2;
    }
    if (argc == 2) {
        char *end;
        rounds = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || rounds <= 0) {
            fprintf(stderr, "msgcall: %s: not a valid number of round trips\n", argv[1]);
            return 2;
        }
    }
    char *child_argv[] = {argv[0], SERVICE_ARGUMENT, NULL};
    pid_t service;
    int error = posix_spawn(&service, argv[0], NULL, NULL, child_argv, NULL);
    if (error) {
        fprintf(stderr, "msgcall: starting %s: %s\n", argv[0], strerror(error));
        return 1;
    }
    /* One call untimed: the service has started and is waiting. */
    int status = round_trip(service, 'a') == 0 ? 0 : 1;
    int64_t started = wasmos_timesinceboot();
    for (long round = 0; round < rounds && status == 0; round++)
        if (round_trip(service, (char)('a' + round % 16)) < 0)
            status = 1;
    int64_t elapsed_ns = wasmos_timesinceboot() - started;
    if (status == 0 && round_trip(service, QUIT) < 0)
        status = 1;
    if (status != 0)
        wasmos_kill(service, 9);
    int service_status;
    if (waitpid(service, &service_status, 0) != service ||
        (status == 0 && (!WIFEXITED(service_status) || WEXITSTATUS(service_status) != 0))) {
        fprintf(stderr, "msgcall: the service failed\n");
        status = 1;
    }
    if (status != 0)
        return status;
    printf("msgcall: %ld round trips in %lld ns, %.1f ns per round trip\n", rounds, (long long)elapsed_ns,
           (double)elapsed_ns / (double)rounds);
    return 0;
}
