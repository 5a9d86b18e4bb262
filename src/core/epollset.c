/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The epoll backend of socket_select(): see epollset.h for the design and
 * for why no registration can go stale unnoticed.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include "epollset.h"

#define EXPECTED_ROW(c) __builtin_expect(!!(c), 1)

static int real_ctl(int epfd, int op, int fd, struct epoll_event *ev)
{
	return epoll_ctl(epfd, op, fd, ev) < 0 ? -errno : 0;
}

void psock_epollset_init(psock_epollset *es)
{
	memset(es, 0, sizeof(*es));
	es->epfd = -1;
	es->ctl = real_ctl;
}

void psock_epollset_free(psock_epollset *es)
{
	int (*ctl)(int, int, int, struct epoll_event *) = es->ctl;

	/* Closing a copy inherited over fork() only drops this process's
	 * reference: the parent's set is untouched. */
	if (es->epfd >= 0) {
		close(es->epfd);
	}
	free(es->rows);
	free(es->events);
	free(es->pfds);
	free(es->pslots);
	psock_epollset_init(es);
	es->ctl = ctl;
}

int psock_epoll_probe(void)
{
	int fd = epoll_create1(EPOLL_CLOEXEC);

	if (fd < 0) {
		return -errno;
	}
	close(fd);
	return 0;
}

/* Forgets every registration without telling the kernel: for a new
 * instance, or a child's copy of its parent's. */
static void drop_instance(psock_epollset *es)
{
	if (es->epfd >= 0) {
		close(es->epfd);
		es->epfd = -1;
	}
	if (es->rows) {
		memset(es->rows, 0, es->rows_cap * sizeof(*es->rows));
	}
	es->registered = 0;
}

/* In a child of fork() the instance is the parent's: let go of it without
 * an epoll_ctl(), which would change the parent's set. */
static void check_fork(psock_epollset *es)
{
	if (es->epfd >= 0 && es->pid != getpid()) {
		drop_instance(es);
		es->forks++;
	}
}

static int grow_rows(psock_epollset *es, int fd)
{
	size_t cap = es->rows_cap ? es->rows_cap : 256;
	psock_epoll_row *p;

	while (cap <= (size_t)fd) {
		cap *= 2;
	}
	p = realloc(es->rows, cap * sizeof(*p));
	if (!p) {
		return -ENOMEM;
	}
	memset(p + es->rows_cap, 0, (cap - es->rows_cap) * sizeof(*p));
	es->rows = p;
	es->rows_cap = cap;
	return 0;
}

static int ctl(psock_epollset *es, int op, int fd, unsigned bits)
{
	struct epoll_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.events = (uint32_t)(unsigned short)psock_pollset_events[bits & 7];
	ev.data.fd = fd;
	es->ctl_calls++;
	return es->ctl(es->epfd, op, fd, op == EPOLL_CTL_DEL ? NULL : &ev);
}

/* Removes fd's registration (whatever the kernel says: a number already
 * closed has lost its entry with its file) and clears its row. Returns
 * epoll_ctl()'s answer. */
static int unregister(psock_epollset *es, int fd)
{
	psock_epoll_row *row = &es->rows[fd];
	int rc = 0;

	if (row->state == PSOCK_EPOLL_ROW_EPOLL) {
		rc = ctl(es, EPOLL_CTL_DEL, fd, 0);
		es->registered--;
	}
	memset(row, 0, sizeof(*row));
	return rc;
}

void psock_epollset_forget(psock_epollset *es, int fd, uintptr_t owner)
{
	if (fd < 0 || (size_t)fd >= es->rows_cap || owner == 0 || es->rows[fd].owner != owner) {
		return;
	}
	check_fork(es);
	if (es->epfd < 0) {
		memset(&es->rows[fd], 0, sizeof(es->rows[fd]));
		return;
	}
	unregister(es, fd);
}

static int reserve(psock_epollset *es, const psock_pollset *ps)
{
	/* pfds holds the epoll instance, the poll()-path descriptors and the
	 * descriptors to confirm: at most 1 + 2 × count. */
	size_t need = 2 * ps->count + 1;

	if (need > es->pfds_cap) {
		void *p = realloc(es->pfds, need * sizeof(struct pollfd));

		if (!p) {
			return -ENOMEM;
		}
		es->pfds = p;
		p = realloc(es->pslots, need * sizeof(int));
		if (!p) {
			return -ENOMEM;
		}
		es->pslots = p;
		es->pfds_cap = need;
	}
	return 0;
}

int psock_epollset_sync(psock_epollset *es, const psock_pollset *ps)
{
	size_t slot;
	int pollside = 0, rc;

	if (reserve(es, ps) < 0) {
		return PSOCK_EPOLL_USE_POLL;
	}
	for (slot = 0; slot < ps->count; slot++) {
		int fd = ps->fds[slot].fd;
		uintptr_t own = ps->owner[slot];
		unsigned want = ps->interest[slot];
		psock_epoll_row *row;

		/* The common case first, in one test: registered by this owner
		 * for exactly these events. */
		if (EXPECTED_ROW((size_t)fd < es->rows_cap && es->rows[fd].owner == own
				&& es->rows[fd].bits == want && es->rows[fd].state == PSOCK_EPOLL_ROW_EPOLL && own != 0)) {
			continue;
		}
		if ((size_t)fd >= es->rows_cap && (rc = grow_rows(es, fd)) < 0) {
			return PSOCK_EPOLL_USE_POLL;
		}
		row = &es->rows[fd];
		if (row->owner == own && own != 0) {
			if (row->state == PSOCK_EPOLL_ROW_EPOLL && row->bits == want) {
				continue; /* the common case: nothing changed */
			}
			if (row->state == PSOCK_EPOLL_ROW_POLL_ONLY) {
				es->pslots[pollside++] = (int)slot;
				continue;
			}
			rc = ctl(es, EPOLL_CTL_MOD, fd, want);
			if (rc == -ENOENT) {
				/* The kernel lost the entry with a file closed behind the
				 * module's back; the number names another file now. */
				es->registered--;
				row->state = 0;
				rc = ctl(es, EPOLL_CTL_ADD, fd, want);
			}
		} else {
			unregister(es, fd);
			if (own == 0) {
				es->pslots[pollside++] = (int)slot;
				continue;
			}
			rc = ctl(es, EPOLL_CTL_ADD, fd, want);
			if (rc == -EEXIST) {
				/* Registered under this number and file by a path the
				 * table did not record: take it over. */
				rc = ctl(es, EPOLL_CTL_MOD, fd, want);
			}
		}
		if (rc == 0) {
			if (row->state != PSOCK_EPOLL_ROW_EPOLL) {
				es->registered++;
			}
			row->owner = own;
			row->bits = (unsigned char)want;
			row->state = PSOCK_EPOLL_ROW_EPOLL;
			continue;
		}
		if (row->state == PSOCK_EPOLL_ROW_EPOLL) {
			/* A failed MOD leaves the old entry: drop it too. */
			unregister(es, fd);
		}
		if (rc == -EPERM) {
			row->owner = own;
			row->bits = 0;
			row->state = PSOCK_EPOLL_ROW_POLL_ONLY;
			es->pslots[pollside++] = (int)slot;
			continue;
		}
		if (rc == -EBADF) {
			return -EBADF;
		}
		/* ENOMEM, ENOSPC (max_user_watches) or anything unforeseen: this
		 * call waits with poll(). */
		return PSOCK_EPOLL_USE_POLL;
	}
	return pollside;
}

static int popcount3(unsigned bits)
{
	return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
}

/* Room for one event more than there are registrations, so that a full
 * buffer proves the kernel holds entries the table does not know of. */
static int reserve_events(psock_epollset *es)
{
	size_t need = es->registered + 1;

	if (need > es->events_cap) {
		size_t cap = need < 64 ? 64 : need + need / 2;
		void *p = realloc(es->events, cap * sizeof(struct epoll_event));

		if (!p) {
			return -ENOMEM;
		}
		es->events = p;
		es->events_cap = cap;
	}
	return 0;
}

static int open_instance(psock_epollset *es)
{
	es->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (es->epfd < 0) {
		return -errno;
	}
	es->pid = getpid();
	return 0;
}

/* epoll_wait() counts in milliseconds; select() in microseconds. A wait
 * of whole milliseconds goes to epoll_wait() (rounded down: the caller's
 * loop waits again for what is left on the clock), the last fraction of a
 * millisecond to ppoll() on the instance itself, so that a timeout is kept
 * to the microsecond as on the poll() path. (epoll_pwait2() would take the
 * timespec directly, but memory checkers do not know it yet.) */
static int wait_epoll(psock_epollset *es, const struct timespec *left, const sigset_t *mask)
{
	int ms = -1, n;

	if (left) {
		long long t = (long long)left->tv_sec * 1000 + left->tv_nsec / 1000000;

		ms = t > 0x7fffffff ? 0x7fffffff : (int)t;
		if (ms == 0 && left->tv_nsec != 0) {
			struct pollfd p = { es->epfd, POLLIN, 0 };

			n = ppoll(&p, 1, left, mask);
			if (n <= 0) {
				return n < 0 ? -errno : 0;
			}
		}
	}
	n = epoll_pwait(es->epfd, es->events, (int)es->events_cap, ms, mask);
	return n < 0 ? -errno : n;
}

/* Fills pfds[0] with the instance and pfds[1..] with the poll()-path
 * descriptors pslots[0..pollside) names. */
static void fill_pollside(psock_epollset *es, const psock_pollset *ps, int pollside)
{
	int i;

	/* pslots[i] moves to pslots[i + 1] to line up with pfds. */
	for (i = pollside; i > 0; i--) {
		int slot = es->pslots[i - 1];

		es->pslots[i] = slot;
		es->pfds[i].fd = ps->fds[slot].fd;
		es->pfds[i].events = ps->fds[slot].events;
		es->pfds[i].revents = 0;
	}
	es->pslots[0] = -1;
	es->pfds[0].fd = es->epfd;
	es->pfds[0].events = POLLIN;
	es->pfds[0].revents = 0;
}

/* Records what revents means for slot and returns the (descriptor, set)
 * pairs it adds, or -EBADF for a descriptor that is not open. *ignored is
 * set when the descriptor woke only for events its sets ignore (the caller
 * then keeps it out of the rest of the wait, as the poll() path does). */
static int take(psock_pollset *ps, int slot, short revents, int *ignored)
{
	unsigned ready;

	*ignored = 0;
	if (revents & POLLNVAL) {
		return -EBADF;
	}
	ready = psock_pollset_ready_for(revents, ps->interest[slot]);
	if (ready == 0) {
		*ignored = revents != 0;
		return 0;
	}
	if (ps->ready[slot] != 0) {
		return 0; /* counted already in an earlier round of this call */
	}
	ps->ready[slot] = (unsigned char)ready;
	ps->ready_slots[ps->ready_count++] = slot;
	return popcount3(ready);
}

/* Throws the instance away and registers the call's set anew. */
static int rebuild(psock_epollset *es, const psock_pollset *ps)
{
	int rc;

	es->rebuilds++;
	drop_instance(es);
	if ((rc = open_instance(es)) < 0) {
		return PSOCK_EPOLL_USE_POLL;
	}
	rc = psock_epollset_sync(es, ps);
	if (rc >= 0 && reserve_events(es) < 0) {
		return PSOCK_EPOLL_USE_POLL;
	}
	return rc;
}

/* The sweep of epollset.h: one zero-timeout poll() over the whole set,
 * when a wait is about to come back empty. It finds only what epoll cannot
 * see (an entry the kernel dropped when foreign code dup2()ed over a
 * registered number); then the instance is thrown away so that the next
 * call registers the files the numbers name now. Returns what it found,
 * 0 when it was not time for one, or -errno. */
static int sweep(psock_epollset *es, psock_pollset *ps)
{
	struct timespec now, zero = {0, 0};
	long long since;
	int n;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
	since = (long long)(now.tv_sec - es->last_sweep.tv_sec) * 1000
		+ (now.tv_nsec - es->last_sweep.tv_nsec) / 1000000;
	if (es->sweeps > 0 && since < PSOCK_EPOLL_SWEEP_MIN_MS) {
		return 0;
	}
	es->last_sweep = now;
	es->sweeps++;
	n = psock_pollset_wait(ps, &zero);
	if (n > 0) {
		es->sweep_finds++;
		drop_instance(es);
	}
	return n;
}

static int wait_masked(psock_epollset *es, psock_pollset *ps, const struct timespec *timeout,
		const sigset_t *mask);

/* A wait longer than a slice is several system calls with a sweep between
 * them, and a signal that arrived in between (not in a system call) would
 * not end the wait with EINTR, as it does on the poll() path: a program
 * that stops its select() loop on SIGALRM or SIGTERM would wait on. So for
 * such waits every signal is blocked between the system calls and let in
 * only inside them (epoll_pwait() and ppoll() with the caller's mask), where
 * a pending one ends the wait at once. Synchronous signals stay deliverable. */
int psock_epollset_wait(psock_epollset *es, psock_pollset *ps, const struct timespec *timeout)
{
	sigset_t all, old;
	int rc;

	if (timeout && timeout->tv_sec < PSOCK_EPOLL_SWEEP_SLICE_SEC) {
		rc = wait_masked(es, ps, timeout, NULL);
	} else {
		sigfillset(&all);
		sigdelset(&all, SIGSEGV);
		sigdelset(&all, SIGBUS);
		sigdelset(&all, SIGFPE);
		sigdelset(&all, SIGILL);
		if (pthread_sigmask(SIG_BLOCK, &all, &old) != 0) {
			rc = wait_masked(es, ps, timeout, NULL);
		} else {
			rc = wait_masked(es, ps, timeout, &old);
			pthread_sigmask(SIG_SETMASK, &old, NULL);
		}
	}
	if (rc == PSOCK_EPOLL_POLL_REST) {
		/* The rest of this wait with poll(), for the time left, with the
		 * caller's signal mask back in place. */
		return psock_pollset_wait(ps, es->rest_forever ? NULL : &es->rest);
	}
	return rc;
}

static int wait_masked(psock_epollset *es, psock_pollset *ps, const struct timespec *timeout,
		const sigset_t *mask)
{
	struct timespec deadline, left = {0, 0};
	int forever, pollside, total = 0, rc, n, i, again = 0, rebuilds = 0;

	check_fork(es);
	{
		/* poll() refuses more descriptors than RLIMIT_NOFILE with EINVAL:
		 * let it, so that the error is the same on both paths. */
		struct rlimit lim;

		if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY
				&& (rlim_t)ps->count > lim.rlim_cur) {
			return PSOCK_EPOLL_USE_POLL;
		}
	}
	if (es->epfd < 0 && open_instance(es) < 0) {
		es->fallbacks++;
		return PSOCK_EPOLL_USE_POLL;
	}
	pollside = psock_epollset_sync(es, ps);
	if (pollside >= 0 && reserve_events(es) < 0) {
		pollside = PSOCK_EPOLL_USE_POLL;
	}
	if (pollside < 0) {
		if (pollside == PSOCK_EPOLL_USE_POLL) {
			es->fallbacks++;
		}
		return pollside;
	}
	fill_pollside(es, ps, pollside);
	if (ps->count > 0) {
		memset(ps->ready, 0, ps->count);
	}
	ps->ready_count = 0;
	psock_deadline_start(timeout, &deadline, &forever);

	for (;;) {
		int confirm = 0, stale = 0, unconfirmed = 0, nev = 0, ignored, this_again, sliced = 0;
		struct pollfd *cpfds;
		int *cslots;
		const struct timespec *wait_for;
		struct timespec slice = { PSOCK_EPOLL_SWEEP_SLICE_SEC, 0 };

		if (!forever) {
			left = psock_deadline_left(&deadline);
		}
		if (again) {
			left.tv_sec = 0;
			left.tv_nsec = 0;
		}
		wait_for = (forever && !again) ? NULL : &left;
		if (!again && (forever || left.tv_sec >= PSOCK_EPOLL_SWEEP_SLICE_SEC)) {
			/* Waits longer than a slice are cut into slices, with a sweep
			 * after each that ends empty. */
			wait_for = &slice;
			sliced = 1;
		}
		if (pollside > 0) {
			n = ppoll(es->pfds, (nfds_t)pollside + 1, wait_for, mask);
			if (n < 0) {
				return -errno;
			}
			for (i = 1; i <= pollside; i++) {
				if (es->pfds[i].revents == 0) {
					continue;
				}
				rc = take(ps, es->pslots[i], es->pfds[i].revents, &ignored);
				if (rc < 0) {
					return rc;
				}
				total += rc;
				if (ignored) {
					/* As on the poll() path: it sits out the rest of this
					 * wait rather than wake every round. */
					es->pfds[i].fd = -1 - es->pfds[i].fd;
				}
			}
			if (es->pfds[0].revents != 0) {
				nev = epoll_wait(es->epfd, es->events, (int)es->events_cap, 0);
				nev = nev < 0 ? -errno : nev;
			}
		} else {
			nev = wait_epoll(es, wait_for, mask);
		}
		if (nev < 0) {
			return nev;
		}
		this_again = again;
		again = 0;

		/* What epoll reported, less what the call did not ask about (those
		 * registrations are removed now), to be confirmed by poll(). */
		es->stamp++;
		cpfds = es->pfds + pollside + 1;
		cslots = es->pslots + pollside + 1;
		for (i = 0; i < nev; i++) {
			int fd = es->events[i].data.fd, slot = psock_pollset_find(ps, fd);
			psock_epoll_row *row = fd >= 0 && (size_t)fd < es->rows_cap ? &es->rows[fd] : NULL;

			if (row == NULL) {
				stale = 1;
				continue;
			}
			if (slot < 0 || ps->owner[slot] == 0 || row->state != PSOCK_EPOLL_ROW_EPOLL
					|| row->owner != ps->owner[slot]) {
				if (slot < 0 && row->state == PSOCK_EPOLL_ROW_EPOLL) {
					/* Registered by an earlier call, not asked about now. */
					if (unregister(es, fd) != 0) {
						stale = 1;
					}
				} else {
					stale = 1;
				}
				continue;
			}
			if (row->stamp == es->stamp || ps->ready[slot] != 0) {
				continue;
			}
			row->stamp = es->stamp;
			cpfds[confirm].fd = fd;
			cpfds[confirm].events = ps->fds[slot].events;
			cpfds[confirm].revents = 0;
			cslots[confirm++] = slot;
		}
		if ((size_t)nev == es->events_cap) {
			/* More entries than the table has registrations: some are
			 * not the module's. */
			stale = 1;
		}
		if (confirm > 0) {
			n = poll(cpfds, (nfds_t)confirm, 0);
			if (n < 0) {
				return -errno;
			}
			for (i = 0; i < confirm; i++) {
				if (cpfds[i].revents == 0) {
					/* epoll saw an event poll() does not: an entry of a
					 * file this number no longer names, or a peer that
					 * took the data in between (a listening socket shared
					 * with other processes). */
					unconfirmed = 1;
					continue;
				}
				rc = take(ps, cslots[i], cpfds[i].revents, &ignored);
				if (rc < 0) {
					return rc;
				}
				total += rc;
				if (ignored) {
					/* Woken only by events its sets ignore (a hang-up on a
					 * socket watched for writing): out of the set for the
					 * rest of this wait; the next call registers it again. */
					unregister(es, cpfds[i].fd);
				}
			}
		}
		if (unconfirmed && !stale && total == 0 && !this_again) {
			/* A race with another reader does not repeat when looked at
			 * again at once; a stale entry does, and is then rebuilt. */
			again = 1;
			continue;
		}
		if (stale || unconfirmed) {
			if (total > 0 && !stale) {
				return total;
			}
			rc = ++rebuilds > 2 ? PSOCK_EPOLL_USE_POLL : rebuild(es, ps);
			if (rc < 0) {
				if (total > 0) {
					return total;
				}
				if (rc != PSOCK_EPOLL_USE_POLL) {
					return rc;
				}
				/* The rest of this wait with poll(), for the time left. */
				es->fallbacks++;
				if (!forever) {
					left = psock_deadline_left(&deadline);
				}
				es->rest = left;
				es->rest_forever = forever;
				return PSOCK_EPOLL_POLL_REST;
			}
			pollside = rc;
			fill_pollside(es, ps, pollside);
			/* One more look at once: the stale entries may have crowded
			 * real ones out of this round. */
			again = 1;
			continue;
		}
		if (total > 0) {
			return total;
		}
		if (!forever) {
			left = psock_deadline_left(&deadline);
			if (left.tv_sec == 0 && left.tv_nsec == 0) {
				/* Empty at the deadline: the sweep has the last word. */
				return sweep(es, ps);
			}
		}
		if (sliced && nev == 0) {
			rc = sweep(es, ps);
			if (rc != 0) {
				return rc;
			}
		}
		/* Only ignored or unconfirmed events, or a slice of a longer wait
		 * ended: wait again for the time left. */
	}
}
