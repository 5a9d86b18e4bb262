/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The set-difference logic of socket_select()'s epoll backend
 * (src/core/epollset.c: psock_epollset_sync() and psock_epollset_forget()),
 * against a model of the kernel. epoll_ctl() is replaced by a stand-in that
 * keeps the kernel's interest set as the kernel does, keyed by (file,
 * descriptor number), over a simulated descriptor table, and that can be
 * told to fail the next call with EPERM, ENOMEM, ENOSPC or EINVAL.
 *
 * A script of one-byte operations builds calls (descriptor, interest,
 * owner; owner 0 is a socket shared with a stream), forgets registrations
 * as the close paths do, and closes or reopens descriptors as the module
 * would (forget, then close). After every call that succeeded:
 *  - every slot with an owner is registered in the kernel set with exactly
 *    the events its interest needs, unless epoll refused it (EPERM), and
 *    then it is in the poll()-path list;
 *  - every owner-0 slot is in the poll()-path list and not registered;
 *  - the table's count of registrations is the kernel's;
 *  - the same call again makes no epoll_ctl() at all.
 * A call that failed returned PSOCK_EPOLL_USE_POLL for ENOMEM, ENOSPC and
 * EINVAL, and -EBADF for a descriptor that is not open.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>
#include "core/epollset.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)
#define NFD 24

/* The simulated process: which file each descriptor names (0: closed),
 * and the kernel's entries, by descriptor, for the file it was added with. */
static unsigned file_of[NFD];
static unsigned next_file;
static struct {
	unsigned file;     /* 0: no entry */
	uint32_t events;
} kernel[NFD];
static int fail_next;  /* an errno for the next ADD or MOD, or 0 */
static unsigned long ctl_seen;

static int model_ctl(int epfd, int op, int fd, struct epoll_event *ev)
{
	(void)epfd;
	ctl_seen++;
	if (fd < 0 || fd >= NFD || file_of[fd] == 0) {
		return -EBADF;
	}
	if (op != EPOLL_CTL_DEL && fail_next) {
		int e = fail_next;

		fail_next = 0;
		return -e;
	}
	switch (op) {
	case EPOLL_CTL_ADD:
		if (kernel[fd].file == file_of[fd]) {
			return -EEXIST;
		}
		kernel[fd].file = file_of[fd];
		kernel[fd].events = ev->events;
		FUZZ_ASSERT(ev->data.fd == fd);
		return 0;
	case EPOLL_CTL_MOD:
		if (kernel[fd].file != file_of[fd]) {
			return -ENOENT;
		}
		kernel[fd].events = ev->events;
		return 0;
	case EPOLL_CTL_DEL:
		if (kernel[fd].file != file_of[fd]) {
			return -ENOENT;
		}
		kernel[fd].file = 0;
		return 0;
	}
	return -EINVAL;
}

/* The kernel drops an entry when its file is released: here every close
 * releases the file. */
static void close_fd(int fd)
{
	if (kernel[fd].file == file_of[fd]) {
		kernel[fd].file = 0;
	}
	file_of[fd] = 0;
}

static void open_fd(int fd)
{
	if (file_of[fd] == 0) {
		file_of[fd] = ++next_file;
	}
}

static void check(const psock_epollset *es, const psock_pollset *ps, int pollside)
{
	size_t slot, registered = 0;
	int fd, i;

	for (slot = 0; slot < ps->count; slot++) {
		int on_poll = 0;

		fd = ps->fds[slot].fd;
		for (i = 0; i < pollside; i++) {
			on_poll |= es->pslots[i] == (int)slot;
		}
		if (ps->owner[slot] == 0 || es->rows[fd].state == PSOCK_EPOLL_ROW_POLL_ONLY) {
			FUZZ_ASSERT(on_poll);
			if (ps->owner[slot] == 0) {
				FUZZ_ASSERT(es->rows[fd].state == 0);
			}
			continue;
		}
		FUZZ_ASSERT(!on_poll);
		FUZZ_ASSERT(es->rows[fd].state == PSOCK_EPOLL_ROW_EPOLL);
		FUZZ_ASSERT(es->rows[fd].owner == ps->owner[slot]);
		FUZZ_ASSERT(kernel[fd].file == file_of[fd]);
		FUZZ_ASSERT(kernel[fd].events == (uint32_t)(unsigned short)psock_pollset_events[ps->interest[slot]]);
	}
	for (fd = 0; fd < NFD && (size_t)fd < es->rows_cap; fd++) {
		if (es->rows[fd].state == PSOCK_EPOLL_ROW_EPOLL) {
			registered++;
			/* Every registration the table records is in the kernel. */
			FUZZ_ASSERT(kernel[fd].file == file_of[fd] && file_of[fd] != 0);
		}
	}
	FUZZ_ASSERT(registered == es->registered);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	psock_epollset es;
	psock_pollset ps;
	size_t i = 0;
	int fd;

	memset(kernel, 0, sizeof(kernel));
	next_file = 0;
	fail_next = 0;
	for (fd = 0; fd < NFD; fd++) {
		file_of[fd] = ++next_file;
	}
	psock_epollset_init(&es);
	es.ctl = model_ctl;
	/* An instance that only the stand-in sees. */
	es.epfd = 1 << 20;
	es.pid = getpid();
	psock_pollset_init(&ps);
	while (i < size) {
		uint8_t op = data[i++];

		switch (op >> 5) {
		case 0: case 1: case 2: {
			/* A call: (op & 63) + 1 elements, each one byte. */
			size_t n = (op & 63) + 1, k;
			int rc, pollside, injected = fail_next;
			unsigned long before;

			psock_pollset_reset(&ps);
			for (k = 0; k < n && i < size; k++, i++) {
				uint8_t b = data[i];
				unsigned interest = 1u << (b % 3);
				int f = (b >> 2) % NFD;
				uintptr_t owner = (b >> 7) ? 0 : (uintptr_t)(0x100 + f + ((b >> 1) & 1) * 0x1000);

				FUZZ_ASSERT(psock_pollset_add_owned(&ps, f, interest, owner) >= 0);
			}
			if (ps.count == 0) {
				break;
			}
			rc = psock_epollset_sync(&es, &ps);
			if (rc == -EBADF) {
				int closed = 0;
				for (k = 0; k < ps.count; k++) {
					closed |= file_of[ps.fds[k].fd] == 0;
				}
				FUZZ_ASSERT(closed);
				break;
			}
			if (rc == PSOCK_EPOLL_USE_POLL) {
				FUZZ_ASSERT(injected == ENOMEM || injected == ENOSPC || injected == EINVAL);
				break;
			}
			FUZZ_ASSERT(rc >= 0 && (size_t)rc <= ps.count);
			pollside = rc;
			check(&es, &ps, pollside);
			/* The same call again: nothing to change. */
			before = ctl_seen;
			FUZZ_ASSERT(psock_epollset_sync(&es, &ps) == pollside);
			FUZZ_ASSERT(ctl_seen == before);
			check(&es, &ps, pollside);
			break;
		}
		case 3:
			/* Inject a failure into the next ADD or MOD. */
			fail_next = (const int[]){EPERM, ENOMEM, ENOSPC, EINVAL}[op & 3];
			break;
		case 4:
			/* socket_close(): forget, then close; then maybe a new socket
			 * on the same number. */
			fd = (op & 31) % NFD;
			psock_epollset_forget(&es, fd, (uintptr_t)(0x100 + fd + ((op >> 4) & 1) * 0x1000));
			psock_epollset_forget(&es, fd, (uintptr_t)(0x100 + fd));
			psock_epollset_forget(&es, fd, (uintptr_t)(0x1100 + fd));
			close_fd(fd);
			if (op & 1) {
				open_fd(fd);
			}
			break;
		case 5:
			/* A descriptor opened again (a closed one reused). */
			open_fd((op & 31) % NFD);
			break;
		default:
			/* A forget with an owner that did not register: no effect. */
			fd = (op & 31) % NFD;
			if (es.rows_cap > (size_t)fd && es.rows[fd].state == PSOCK_EPOLL_ROW_EPOLL) {
				uintptr_t owner = es.rows[fd].owner;

				psock_epollset_forget(&es, fd, owner ^ 0x8000);
				FUZZ_ASSERT(es.rows[fd].owner == owner);
			}
			break;
		}
	}
	psock_pollset_free(&ps);
	es.epfd = -1;
	psock_epollset_free(&es);
	return 0;
}
