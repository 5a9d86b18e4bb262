/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_select() over an epoll interest set kept across calls, so that a
 * call costs the kernel in proportion to the ready descriptors rather than
 * to all of them.
 *
 * A call hands over the same psock_pollset the poll() path uses (one slot
 * per distinct descriptor, with the PSOCK_POLL_* bits asked for) and, per
 * slot, an owner token: an opaque non-zero value naming the object that
 * owns the descriptor (the binding passes the Socket object), or 0 for a
 * descriptor that must stay on the poll() path. The kept set is a table
 * indexed by descriptor: {owner, bits registered, state}. A call compares
 * each slot with its row and calls epoll_ctl() only where they differ; the
 * usual server loop, which passes the same sockets every time, makes no
 * epoll_ctl() call at all. A registered descriptor the call does not ask
 * about stays registered until epoll reports it, and is then removed
 * (lazily, so that a loop that passes a changing subset pays only for the
 * changes).
 *
 * Never a missed or invented event. epoll watches an open file
 * description under a descriptor number; the module sees descriptor
 * numbers. Every way the two can part, and why none of them loses or
 * invents an event:
 *
 *  - A socket closed through the module (socket_close(), the Socket object
 *    freed): every such path calls psock_epollset_forget() before close(),
 *    which removes the registration while the number still names the
 *    file. Nothing is left behind, whatever other process shares the file.
 *
 *  - A socket that shares its descriptor with a PHP stream
 *    (socket_export_stream(), socket_import_stream()): the stream may
 *    close the descriptor at any time without the module hearing of it. Such
 *    sockets get owner 0 and stay on the poll() path; socket_export_stream()
 *    calls psock_epollset_forget() when it hands the descriptor to a stream,
 *    so a socket registered before it was exported is removed at once.
 *
 *  - A descriptor number reused by a new socket: the old socket was closed
 *    through one of the paths above, so its row was cleared; and if it was
 *    not, the row names another owner, which a call treats as a new
 *    registration (EPOLL_CTL_DEL of the number, then EPOLL_CTL_ADD). Two
 *    Socket objects on one descriptor in one call get owner 0 (poll()).
 *
 *  - fork(): the child inherits the parent's epoll instance, and an
 *    epoll_ctl() from the child would change the parent's set. Every entry
 *    point compares getpid() with the pid that created the instance; a
 *    child closes its copy of the instance without any epoll_ctl(), clears
 *    the table and builds its own set from the next call on.
 *
 *  - A registration the table no longer describes (a file closed behind the
 *    module's back while another process holds it open, so the kernel keeps
 *    its entry; dup2() over a registered number while the old file lives
 *    on): epoll may report a descriptor that is not ready. What epoll
 *    reports is therefore confirmed with one poll() over just those
 *    descriptors, and only poll()'s answer is returned. A report that
 *    poll() does not confirm means the kernel holds an entry the table
 *    cannot name: the instance is thrown away and rebuilt from the current
 *    call's set, and the wait goes on for the time that is left, so a
 *    confirmation that finds nothing neither returns early nor extends the
 *    timeout.
 *
 *  - dup2() over a registered number whose old file has no other
 *    reference: the kernel drops the old entry without a sign, and the new
 *    file under that number is not watched until the set is rebuilt. No
 *    interface tells a process that its descriptor table changed short of
 *    a system call per descriptor, which is what poll() costs; PHP itself
 *    cannot do this (no dup2() in ext/posix; php://fd/N duplicates to a new
 *    number; proc_open() duplicates in the child only), only FFI or another
 *    extension can. So that such a program is not left waiting for ever,
 *    a wait that would end with nothing ready polls the whole set once with
 *    a zero timeout (a "sweep") before it returns: at the deadline of a
 *    call, and after every second of a longer or endless wait, at most once
 *    every PSOCK_EPOLL_SWEEP_MIN_MS. What a sweep finds is returned, and the
 *    instance is rebuilt from the next call's set. The event is then late
 *    (by at most a second, or the call's own timeout), never lost; a
 *    program that cannot take that sets sockets.select_backend=poll.
 *
 * A descriptor epoll refuses (EPERM: a regular file or a directory handed
 * over by another extension) is remembered as poll()-only for that owner.
 * Descriptors on the poll() path are waited on together with the epoll
 * instance itself in one ppoll(). A failure epoll reports at run time
 * (ENOMEM, ENOSPC from max_user_watches, or anything unexpected) returns
 * PSOCK_EPOLL_USE_POLL: the caller waits with psock_pollset_wait() for that
 * call, so no readiness is lost and nothing is reported.
 */
#ifndef PSOCK_EPOLLSET_H
#define PSOCK_EPOLLSET_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>
#include "pollset.h"

struct epoll_event;

/* Returned by psock_epollset_wait() when the caller must wait with
 * psock_pollset_wait() for this call instead. */
#define PSOCK_EPOLL_USE_POLL (-100000)
/* Internal: the rest of a wait (es->rest) goes to psock_pollset_wait(). */
#define PSOCK_EPOLL_POLL_REST (-100001)

/* How often a wait that finds nothing polls the whole set (see above). */
#define PSOCK_EPOLL_SWEEP_SLICE_SEC 1
#define PSOCK_EPOLL_SWEEP_MIN_MS 100

/* A row of the kept set, indexed by descriptor. */
typedef struct psock_epoll_row {
	uintptr_t owner;     /* 0: nothing registered under this number */
	unsigned char bits;  /* PSOCK_POLL_* registered */
	unsigned char state; /* PSOCK_EPOLL_ROW_* */
	unsigned stamp;      /* the wait that last saw this descriptor reported */
} psock_epoll_row;

enum {
	PSOCK_EPOLL_ROW_EPOLL = 1,    /* registered with epoll_ctl() */
	PSOCK_EPOLL_ROW_POLL_ONLY = 2 /* epoll refused it (EPERM): poll() for this owner */
};

typedef struct psock_epollset {
	int epfd;               /* -1: not created yet */
	pid_t pid;              /* the process that created epfd */
	psock_epoll_row *rows;
	size_t rows_cap;
	size_t registered;      /* rows in state EPOLL */
	struct epoll_event *events;
	size_t events_cap;
	struct pollfd *pfds;    /* the confirmation and the poll()-path descriptors */
	int *pslots;            /* the pollset slot of each entry of pfds */
	size_t pfds_cap;
	unsigned stamp;
	/* Counters, for tests and phpinfo(). */
	unsigned long ctl_calls, rebuilds, fallbacks, forks, sweeps, sweep_finds;
	struct timespec last_sweep; /* CLOCK_MONOTONIC_COARSE of the last sweep */
	struct timespec rest;       /* what is left of a wait handed to poll() */
	int rest_forever;
	/* epoll_ctl(), replaceable by tests to inject failures. */
	int (*ctl)(int epfd, int op, int fd, struct epoll_event *ev);
} psock_epollset;

void psock_epollset_init(psock_epollset *es);
void psock_epollset_free(psock_epollset *es);

/* Whether this process can create an epoll instance at all: 0 or -errno. */
int psock_epoll_probe(void);

/* Drops the registration of fd when `owner` made it. Called on every path
 * that closes a descriptor or hands it to someone else, before it does. */
void psock_epollset_forget(psock_epollset *es, int fd, uintptr_t owner);

/* Brings the kept set to what ps asks for (owner[slot] per slot), with
 * epoll_ctl() calls only for the differences. Returns the number of slots
 * left on the poll() path (>= 0), -EBADF for a descriptor that is not open,
 * or PSOCK_EPOLL_USE_POLL. Exposed for the fuzz target; the wait calls it. */
int psock_epollset_sync(psock_epollset *es, const psock_pollset *ps);

/* psock_pollset_wait() with the same results (ps->ready, ps->ready_slots,
 * the return value), over the kept set. ps->owner must be filled. Returns
 * PSOCK_EPOLL_USE_POLL when the caller must use psock_pollset_wait(). */
int psock_epollset_wait(psock_epollset *es, psock_pollset *ps, const struct timespec *timeout);

#endif
