/* poll.h: waiting for descriptors to become ready (pipes and the console). */
#ifndef _POLL_H
#define _POLL_H

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long nfds_t;

/* The kernel's wasmos_pollfd record, field for field. */
struct pollfd {
    int fd;        /* a negative fd is skipped */
    short events;  /* POLLIN and POLLOUT */
    short revents; /* what is ready, and POLLERR, POLLHUP, POLLNVAL */
};

#define POLLIN 1
#define POLLOUT 4
#define POLLERR 8
#define POLLHUP 16
#define POLLNVAL 32

/* Waits until a record is ready or timeout_ms milliseconds pass (negative:
 * for ever, 0: not at all). Returns how many records are ready, 0 on timeout,
 * or -1 with errno (EINVAL for more than 1024 records). */
int poll(struct pollfd *fds, nfds_t count, int timeout_ms);

#ifdef __cplusplus
}
#endif

#endif
