/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * select() semantics over poll(): a set of descriptors, each with the
 * subset of {read, write, except} the caller asked about, waited on with
 * one ppoll() call. Unlike fd_set it has no FD_SETSIZE limit: any number of
 * descriptors, of any value.
 *
 * A descriptor added several times (the same socket in several arrays, or
 * twice in one) has one pollfd; a table indexed by descriptor maps it to its
 * slot, so building and looking up stay linear in the number of additions.
 * The set is meant to be kept across waits (psock_pollset_reset() empties
 * it), so that a select loop allocates nothing per call.
 */
#ifndef PSOCK_POLLSET_H
#define PSOCK_POLLSET_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* What a descriptor is watched for and, after a wait, what it is ready
 * for. PSOCK_POLL_EXCEPT is select()'s third set: out-of-band data
 * (POLLPRI). */
enum {
	PSOCK_POLL_READ = 1,
	PSOCK_POLL_WRITE = 2,
	PSOCK_POLL_EXCEPT = 4
};

typedef struct psock_pollset {
	struct pollfd *fds;      /* one per distinct descriptor, in order of first addition */
	unsigned char *interest; /* PSOCK_POLL_* bits asked for, per slot */
	unsigned char *ready;    /* PSOCK_POLL_* bits ready after a wait, per slot */
	size_t count, cap;
	int *index;              /* by descriptor: slot + 1, or 0 when not added */
	size_t index_cap;        /* entries in index: every added fd is below it */
	/* Per slot, who owns the descriptor (see epollset.h): the first owner
	 * added, or 0 once two owners disagree or one asked for poll(). */
	uintptr_t *owner;
	/* After a wait, the slots found ready, in no particular order: results
	 * are built from these rather than from every slot. */
	int *ready_slots;
	size_t ready_count;
} psock_pollset;

void psock_pollset_init(psock_pollset *ps);
void psock_pollset_free(psock_pollset *ps);

/* Watches fd for `interest` (PSOCK_POLL_* bits), merging with any earlier
 * addition of the same fd. Returns the slot (>= 0), -EBADF for a negative
 * fd, or -ENOMEM. */
int psock_pollset_add_slow(psock_pollset *ps, int fd, unsigned interest);

/* poll() events for each combination of PSOCK_POLL_* bits. */
extern const short psock_pollset_events[8];

static inline int psock_pollset_add(psock_pollset *ps, int fd, unsigned interest)
{
	/* The common case inline: a new descriptor the table already covers,
	 * and room for it. */
	if (fd >= 0 && (size_t)fd < ps->index_cap && ps->index[fd] == 0 && ps->count < ps->cap) {
		int slot = (int)ps->count++;

		interest &= 7;
		ps->fds[slot].fd = fd;
		ps->fds[slot].events = psock_pollset_events[interest];
		ps->fds[slot].revents = 0;
		ps->interest[slot] = (unsigned char)interest;
		ps->ready[slot] = 0;
		ps->owner[slot] = 0;
		ps->index[fd] = slot + 1;
		return slot;
	}
	return psock_pollset_add_slow(ps, fd, interest);
}

/* psock_pollset_add() that also records who owns fd (0: keep it on the
 * poll() path). A second owner of the same descriptor sends it to poll(). */
static inline int psock_pollset_add_owned(psock_pollset *ps, int fd, unsigned interest, uintptr_t owner)
{
	size_t before = ps->count;
	int slot = psock_pollset_add(ps, fd, interest);

	if (slot >= 0) {
		if (ps->count != before) {
			ps->owner[slot] = owner;
		} else if (ps->owner[slot] != owner) {
			ps->owner[slot] = 0;
		}
	}
	return slot;
}
int psock_pollset_reserve(psock_pollset *ps, size_t count);
void psock_pollset_reset(psock_pollset *ps);

/* The slot of fd, or -1 when it was never added. */
static inline int psock_pollset_find(const psock_pollset *ps, int fd)
{
	return fd >= 0 && (size_t)fd < ps->index_cap && ps->index[fd] != 0 ? ps->index[fd] - 1 : -1;
}

/* Waits until a descriptor is ready or the timeout passes (NULL: no limit;
 * zero: just looks). Returns what select() would: the number of (descriptor,
 * set) pairs ready, counting a descriptor once a set however many times it
 * was added. Returns -EINTR when a signal came, -EBADF when a descriptor is
 * not open (as select() does, where poll() would report POLLNVAL), or
 * another -errno. */
int psock_pollset_wait(psock_pollset *ps, const struct timespec *timeout);

/* The PSOCK_POLL_* bits slot was found ready for by the last wait. */
static inline unsigned psock_pollset_ready(const psock_pollset *ps, int slot)
{
	return slot >= 0 && (size_t)slot < ps->count ? ps->ready[slot] : 0;
}

/* What poll()'s revents mean for select()'s sets, within `interest`. */
unsigned psock_pollset_ready_for(short revents, unsigned interest);

/* A deadline `timeout` from now on the monotonic clock (timeout NULL or
 * too far away: *forever is set and the deadline is unused). */
void psock_deadline_start(const struct timespec *timeout, struct timespec *deadline, int *forever);

/* The time left until the deadline, zero once it has passed. */
struct timespec psock_deadline_left(const struct timespec *deadline);

/* Turns socket_select()'s (seconds, microseconds) into a timeout as PHP 8.2
 * does: microseconds of a second or more carry into the seconds, and then
 * a negative part is invalid (-EINVAL). A timeout too far away to express
 * saturates (it then never expires). */
int psock_select_timeout(long long sec, long long usec, struct timespec *out);

#endif
