/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The poll-set builder behind socket_select() (src/core/pollset.c): a
 * script of additions of descriptors (real sockets, a closed descriptor,
 * negative and huge numbers) with any interest bits, lookups and zero-time
 * waits, checked against a plain model: one slot per distinct descriptor in
 * order of first addition, interests merged, a closed descriptor failing
 * the wait with EBADF, ready bits only within what was asked and matching
 * what the sockets are known to be ready for. Also socket_select()'s
 * timeout conversion for any (seconds, microseconds).
 *
 * Input: byte 0 picks the mode; then operations of one byte each (the
 * descriptor in the low bits, the interest or the operation above them).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "core/pollset.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

/* Descriptors the script picks from, with what each is ready for. */
static int fds[8];
static unsigned can[8]; /* PSOCK_POLL_* a zero-time wait must report, of those asked */
static unsigned may[8]; /* ... and those it may report */

static void setup(void)
{
	int a[2], b[2], c[2], gone;

	FUZZ_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, a) == 0);
	FUZZ_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, b) == 0);
	FUZZ_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, c) == 0);
	FUZZ_ASSERT(write(a[1], "x", 1) == 1);
	close(c[1]);
	gone = dup(0);
	close(gone);
	fds[0] = a[0]; can[0] = PSOCK_POLL_READ | PSOCK_POLL_WRITE; may[0] = can[0];
	fds[1] = a[1]; can[1] = PSOCK_POLL_WRITE; may[1] = can[1];
	fds[2] = b[0]; can[2] = PSOCK_POLL_WRITE; may[2] = can[2];
	fds[3] = b[1]; can[3] = PSOCK_POLL_WRITE; may[3] = can[3];
	/* Peer gone: end of stream is readable; writing may or may not be. */
	fds[4] = c[0]; can[4] = PSOCK_POLL_READ; may[4] = PSOCK_POLL_READ | PSOCK_POLL_WRITE;
	fds[5] = gone;     /* closed: EBADF */
	fds[6] = -1 - (int)(gone % 7); /* negative: refused by add */
	fds[7] = 1 << 20;  /* never open: EBADF */
}

static void script(const uint8_t *data, size_t size)
{
	psock_pollset ps;
	unsigned interest[8] = {0};
	int slot_of[8], order = 0, bad = 0;
	size_t i;

	for (i = 0; i < 8; i++) {
		slot_of[i] = -1;
	}
	psock_pollset_init(&ps);
	for (i = 0; i < size; i++) {
		unsigned pick = data[i] & 7, bits = (data[i] >> 3) & 7;
		int rc;

		if ((data[i] >> 6) == 3) {
			/* A zero-time wait: the model says what must come back. */
			struct timespec zero = {0, 0};
			int expect = 0;
			size_t k;

			rc = psock_pollset_wait(&ps, &zero);
			if (bad) {
				FUZZ_ASSERT(rc == -EBADF);
				continue;
			}
			FUZZ_ASSERT(rc >= 0);
			for (k = 0; k < 5; k++) {
				unsigned got;
				if (slot_of[k] < 0) {
					continue;
				}
				got = psock_pollset_ready(&ps, slot_of[k]);
				FUZZ_ASSERT((got & ~interest[k]) == 0);
				FUZZ_ASSERT((got & ~may[k]) == 0);
				FUZZ_ASSERT((got & can[k] & interest[k]) == (can[k] & interest[k]));
				expect += (got & 1) + ((got >> 1) & 1) + ((got >> 2) & 1);
			}
			FUZZ_ASSERT(rc == expect);
			continue;
		}
		if ((data[i] >> 6) == 2) {
			/* A lookup. */
			FUZZ_ASSERT(psock_pollset_find(&ps, fds[pick]) == (pick == 6 ? -1 : slot_of[pick]));
			continue;
		}
		rc = psock_pollset_add(&ps, fds[pick], bits);
		if (pick == 6) {
			FUZZ_ASSERT(rc == -EBADF);
			continue;
		}
		FUZZ_ASSERT(rc >= 0);
		if (slot_of[pick] < 0) {
			slot_of[pick] = order++;
		}
		FUZZ_ASSERT(rc == slot_of[pick]);
		interest[pick] |= bits;
		if (pick == 5 || pick == 7) {
			bad = 1;
		}
		FUZZ_ASSERT(ps.count == (size_t)order);
	}
	psock_pollset_free(&ps);
}

static void timeout(const uint8_t *data, size_t size)
{
	long long sec = 0, usec = 0, s, u;
	struct timespec ts;
	int rc;

	if (size < 16) {
		return;
	}
	memcpy(&sec, data, 8);
	memcpy(&usec, data + 8, 8);
	rc = psock_select_timeout(sec, usec, &ts);
	/* The model: microseconds of a second or more carry (saturating). */
	s = sec;
	u = usec;
	if (u > 999999) {
		long long carry = u / 1000000;
		u %= 1000000;
		s = s > LLONG_MAX - carry ? LLONG_MAX : s + carry;
	}
	if (s < 0 || u < 0) {
		FUZZ_ASSERT(rc == -EINVAL);
		return;
	}
	FUZZ_ASSERT(rc == 0);
	FUZZ_ASSERT(ts.tv_sec >= 0 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000L);
	FUZZ_ASSERT(ts.tv_nsec == u * 1000);
	FUZZ_ASSERT(ts.tv_sec <= s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fds[0] == 0) {
		setup();
	}
	if (size < 1) {
		return 0;
	}
	if (data[0] & 1) {
		timeout(data + 1, size - 1);
	} else {
		script(data + 1, size - 1);
	}
	return 0;
}
