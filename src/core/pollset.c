/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pollset.h"

/* What poll() must be asked for so that it sees everything select() would
 * report in each set (the kernel's POLLIN_SET, POLLOUT_SET, POLLEX_SET). */
#define WANT_READ   (POLLIN | POLLRDNORM | POLLRDBAND)
#define WANT_WRITE  (POLLOUT | POLLWRNORM | POLLWRBAND)
#define WANT_EXCEPT (POLLPRI)

/* Which returned events make select() put the descriptor in each set.
 * Hang-up counts as readable (a read returns 0) and an error as both
 * readable and writable (the call returns the error), as in the kernel. */
#define IS_READ   (POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR)
#define IS_WRITE  (POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR)
#define IS_EXCEPT (POLLPRI)

/* A timeout further away than this (about 68 years) never expires; it
 * spares the deadline arithmetic any overflow. */
#define FOREVER_SEC ((time_t)INT32_MAX)

void psock_pollset_init(psock_pollset *ps)
{
	memset(ps, 0, sizeof(*ps));
}

void psock_pollset_free(psock_pollset *ps)
{
	free(ps->fds);
	free(ps->interest);
	free(ps->ready);
	free(ps->index);
	free(ps->owner);
	free(ps->ready_slots);
	memset(ps, 0, sizeof(*ps));
}

static int grow_direct(psock_pollset *ps, int fd)
{
	size_t cap = ps->index_cap ? ps->index_cap : 64;
	int *p;

	while (cap <= (size_t)fd) {
		cap *= 2;
	}
	p = realloc(ps->index, cap * sizeof(int));
	if (!p) {
		return -ENOMEM;
	}
	memset(p + ps->index_cap, 0, (cap - ps->index_cap) * sizeof(int));
	ps->index = p;
	ps->index_cap = cap;
	return 0;
}

static int grow_slots(psock_pollset *ps)
{
	size_t cap = ps->cap ? ps->cap * 2 : 16;
	void *p;

	if (cap > (size_t)INT_MAX || cap > SIZE_MAX / sizeof(struct pollfd)) {
		return -ENOMEM;
	}
	/* Each array is replaced as soon as it has grown, so a failure part
	 * way leaves every array at least ps->cap long and the set usable. */
	p = realloc(ps->fds, cap * sizeof(struct pollfd));
	if (!p) {
		return -ENOMEM;
	}
	ps->fds = p;
	p = realloc(ps->interest, cap);
	if (!p) {
		return -ENOMEM;
	}
	ps->interest = p;
	p = realloc(ps->ready, cap);
	if (!p) {
		return -ENOMEM;
	}
	ps->ready = p;
	p = realloc(ps->owner, cap * sizeof(uintptr_t));
	if (!p) {
		return -ENOMEM;
	}
	ps->owner = p;
	p = realloc(ps->ready_slots, cap * sizeof(int));
	if (!p) {
		return -ENOMEM;
	}
	ps->ready_slots = p;
	ps->cap = cap;
	return 0;
}

static short events_for(unsigned interest)
{
	short events = 0;

	if (interest & PSOCK_POLL_READ) {
		events |= WANT_READ;
	}
	if (interest & PSOCK_POLL_WRITE) {
		events |= WANT_WRITE;
	}
	if (interest & PSOCK_POLL_EXCEPT) {
		events |= WANT_EXCEPT;
	}
	return events;
}

void psock_pollset_reset(psock_pollset *ps)
{
	size_t i;

	for (i = 0; i < ps->count; i++) {
		int fd = ps->fds[i].fd < 0 ? -1 - ps->fds[i].fd : ps->fds[i].fd;
		ps->index[fd] = 0;
	}
	ps->count = 0;
	ps->ready_count = 0;
}

int psock_pollset_reserve(psock_pollset *ps, size_t count)
{
	if (count > ps->cap) {
		void *p;
		if ((p = realloc(ps->fds, count * sizeof(struct pollfd))) == NULL) return -ENOMEM;
		ps->fds = p;
		if ((p = realloc(ps->interest, count)) == NULL) return -ENOMEM;
		ps->interest = p;
		if ((p = realloc(ps->ready, count)) == NULL) return -ENOMEM;
		ps->ready = p;
		if ((p = realloc(ps->owner, count * sizeof(uintptr_t))) == NULL) return -ENOMEM;
		ps->owner = p;
		if ((p = realloc(ps->ready_slots, count * sizeof(int))) == NULL) return -ENOMEM;
		ps->ready_slots = p;
		ps->cap = count;
	}
	return 0;
}

const short psock_pollset_events[8] = {
	0, WANT_READ, WANT_WRITE, WANT_READ | WANT_WRITE, WANT_EXCEPT, WANT_READ | WANT_EXCEPT,
	WANT_WRITE | WANT_EXCEPT, WANT_READ | WANT_WRITE | WANT_EXCEPT
};

int psock_pollset_add_slow(psock_pollset *ps, int fd, unsigned interest)
{
	int rc, slot;

	if (fd < 0) {
		return -EBADF;
	}
	interest &= PSOCK_POLL_READ | PSOCK_POLL_WRITE | PSOCK_POLL_EXCEPT;
	if ((size_t)fd >= ps->index_cap && (rc = grow_direct(ps, fd)) < 0) {
		return rc;
	}
	if (ps->index[fd] != 0) {
		slot = ps->index[fd] - 1;
		ps->interest[slot] |= (unsigned char)interest;
		ps->fds[slot].events = events_for(ps->interest[slot]);
		return slot;
	}
	if (ps->count == ps->cap && (rc = grow_slots(ps)) < 0) {
		return rc;
	}
	slot = (int)ps->count++;
	ps->fds[slot].fd = fd;
	ps->fds[slot].events = events_for(interest);
	ps->fds[slot].revents = 0;
	ps->interest[slot] = (unsigned char)interest;
	ps->ready[slot] = 0;
	ps->owner[slot] = 0;
	ps->index[fd] = slot + 1;
	return slot;
}


unsigned psock_pollset_ready_for(short revents, unsigned interest)
{
	unsigned ready = 0;

	if (revents & IS_READ) {
		ready |= PSOCK_POLL_READ;
	}
	if (revents & IS_WRITE) {
		ready |= PSOCK_POLL_WRITE;
	}
	if (revents & IS_EXCEPT) {
		ready |= PSOCK_POLL_EXCEPT;
	}
	return ready & interest;
}

static int popcount3(unsigned bits)
{
	return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
}

static struct timespec now_monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts;
}

void psock_deadline_start(const struct timespec *timeout, struct timespec *deadline, int *forever)
{
	*forever = timeout == NULL || timeout->tv_sec >= FOREVER_SEC;
	if (!*forever) {
		*deadline = now_monotonic();
		deadline->tv_sec += timeout->tv_sec;
		deadline->tv_nsec += timeout->tv_nsec;
		if (deadline->tv_nsec >= 1000000000L) {
			deadline->tv_nsec -= 1000000000L;
			deadline->tv_sec++;
		}
	}
}

/* deadline - now, or zero once the deadline has passed. */
struct timespec psock_deadline_left(const struct timespec *deadline)
{
	struct timespec now = now_monotonic(), left;

	left.tv_sec = deadline->tv_sec - now.tv_sec;
	left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
	if (left.tv_nsec < 0) {
		left.tv_nsec += 1000000000L;
		left.tv_sec--;
	}
	if (left.tv_sec < 0) {
		left.tv_sec = 0;
		left.tv_nsec = 0;
	}
	return left;
}

int psock_pollset_wait(psock_pollset *ps, const struct timespec *timeout)
{
	struct timespec deadline, left;
	const struct timespec *limit = timeout;
	int total = 0, muted = 0, rc;
	size_t i;

	if (timeout && timeout->tv_sec >= FOREVER_SEC) {
		limit = NULL;
	}
	if (limit) {
		deadline = now_monotonic();
		deadline.tv_sec += limit->tv_sec;
		deadline.tv_nsec += limit->tv_nsec;
		if (deadline.tv_nsec >= 1000000000L) {
			deadline.tv_nsec -= 1000000000L;
			deadline.tv_sec++;
		}
	}
	if (ps->count > 0) {
		memset(ps->ready, 0, ps->count);
	}
	ps->ready_count = 0;
	for (;;) {
		if (limit) {
			left = psock_deadline_left(&deadline);
		}
		rc = ppoll(ps->fds, (nfds_t)ps->count, limit ? &left : NULL, NULL);
		if (rc < 0) {
			rc = -errno;
			break;
		}
		for (i = 0; i < ps->count; i++) {
			short revents = ps->fds[i].revents;

			if (revents == 0) {
				continue;
			}
			if (revents & POLLNVAL) {
				/* select() refuses a set holding a closed descriptor
				 * before waiting: do the same. */
				total = -EBADF;
				break;
			}
			ps->ready[i] = (unsigned char)psock_pollset_ready_for(revents, ps->interest[i]);
			total += popcount3(ps->ready[i]);
			if (ps->ready[i] != 0) {
				ps->ready_slots[ps->ready_count++] = (int)i;
			}
			if (revents != 0 && ps->ready[i] == 0) {
				/* poll() always reports hang-up and errors; select() only
				 * in the sets they belong to. A descriptor woken by one
				 * that its sets ignore would wake every poll() again, so
				 * it sits out the rest of this wait (poll() skips a
				 * negative fd), as it would in select(). */
				ps->fds[i].fd = -1 - ps->fds[i].fd;
				muted = 1;
			}
		}
		if (total != 0 || rc == 0 || (limit && left.tv_sec == 0 && left.tv_nsec == 0)) {
			rc = total;
			break;
		}
		/* Only ignored events: wait again for the time left. */
	}
	if (muted) {
		for (i = 0; i < ps->count; i++) {
			if (ps->fds[i].fd < 0) {
				ps->fds[i].fd = -1 - ps->fds[i].fd;
			}
		}
	}
	return rc;
}

int psock_select_timeout(long long sec, long long usec, struct timespec *out)
{
	if (usec > 999999) {
		long long carry = usec / 1000000;

		usec %= 1000000;
		sec = sec > LLONG_MAX - carry ? LLONG_MAX : sec + carry;
	}
	if (sec < 0 || usec < 0) {
		return -EINVAL;
	}
	out->tv_sec = sec > (long long)FOREVER_SEC ? FOREVER_SEC : (time_t)sec;
	out->tv_nsec = (long)usec * 1000L;
	return 0;
}
