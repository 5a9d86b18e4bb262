/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Control messages (src/core/cmsg.c), both ways.
 *
 * Parse: any bytes as a received control buffer, of any length, in a heap
 * block of exactly that length: the walk must stay inside it, make
 * progress, hand out views whose data lies inside both the buffer and the
 * message, decode without reading past them, and sweep the descriptors of
 * SCM_RIGHTS messages (through a release hook: nothing is really closed)
 * exactly once each, whether or not some were taken first.
 *
 * Build: a script of messages (level, type, data) appended into a buffer
 * that starts small and grows on -ENOSPC, then walked back: every message
 * must come back with its level, type and data.
 *
 * Input: byte 0 picks the mode; the rest is the buffer or the script.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include "core/cmsg.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

static size_t released;

static void count_release(int fd, void *arg)
{
	(void)arg;
	FUZZ_ASSERT(fd >= 0);
	released++;
}

static void parse(const uint8_t *data, size_t size, int take_some)
{
	unsigned char *buf = malloc(size ? size : 1);
	psock_cmsg_iter it;
	psock_cmsg_view v;
	size_t prev = 0, steps = 0, fds_seen = 0, taken = 0, again;

	memcpy(buf, data, size);
	psock_cmsg_iter_init(&it, buf, size);
	while (psock_cmsg_iter_next(&it, &v)) {
		psock_cmsg_value val;
		size_t need = 0, got = 0;
		int rc;

		steps++;
		FUZZ_ASSERT(steps <= size / sizeof(struct cmsghdr) + 1);
		FUZZ_ASSERT(v.avail_len <= v.cmsg_len && v.avail_len <= size);
		if (v.data) {
			FUZZ_ASSERT(v.data >= buf && v.data + v.data_len <= buf + size);
			FUZZ_ASSERT((size_t)(v.data - buf) + v.data_len <= (size_t)(v.data - buf) - CMSG_LEN(0) + v.avail_len);
		} else {
			FUZZ_ASSERT(v.data_len == 0);
		}
		FUZZ_ASSERT(it.done || it.offset > prev || steps == 1);
		prev = it.offset;
		rc = psock_cmsg_decode(&v, &val, &need, &got);
		if (rc == 0) {
			FUZZ_ASSERT(val.type != NULL);
			if (val.type->kind == PSOCK_CMSG_FDS) {
				size_t i;
				FUZZ_ASSERT(val.nfds * sizeof(int) <= v.data_len);
				for (i = 0; i < val.nfds; i++) {
					int fd;
					memcpy(&fd, val.fds + i * sizeof(int), sizeof(fd));
					fds_seen += fd >= 0;
					if (take_some && (i & 1) && fd >= 0) {
						FUZZ_ASSERT(psock_cmsg_take_fd(&val, i) == fd);
						taken++;
					}
				}
				FUZZ_ASSERT(psock_cmsg_take_fd(&val, val.nfds) == -1);
			}
		} else {
			FUZZ_ASSERT(rc == -ENOTSUP || rc == -EMSGSIZE);
			if (rc == -EMSGSIZE) {
				FUZZ_ASSERT(got < need);
			}
		}
	}
	/* Every descriptor nobody took is swept once; a second sweep finds
	 * none. The sweep walks the same messages, so it sees exactly those
	 * the walk above decoded (an SCM_RIGHTS message shorter than a header
	 * carries none). */
	released = 0;
	psock_cmsg_close_fds(buf, size, count_release, NULL);
	FUZZ_ASSERT(released == fds_seen - taken);
	again = released;
	released = 0;
	psock_cmsg_close_fds(buf, size, count_release, NULL);
	FUZZ_ASSERT(released == 0);
	(void)again;
	free(buf);
}

static void build(const uint8_t *data, size_t size)
{
	static const int kinds[][2] = {
		{SOL_SOCKET, SCM_RIGHTS}, {SOL_SOCKET, SCM_CREDENTIALS}, {IPPROTO_IPV6, IPV6_PKTINFO},
		{IPPROTO_IPV6, IPV6_HOPLIMIT}, {IPPROTO_IPV6, IPV6_TCLASS}, {12345, 678},
	};
	psock_cmsg_builder b;
	struct { int level, type; size_t len; const uint8_t *bytes; } msgs[64];
	size_t n = 0, i;
	psock_cmsg_iter it;
	psock_cmsg_view v;

	b.cap = size ? data[0] % 64 : 0;
	b.buf = malloc(b.cap ? b.cap : 1);
	b.len = 0;
	if (size) {
		data++;
		size--;
	}
	while (size >= 2 && n < 64) {
		unsigned char *d;
		size_t len = data[1] % 64;
		int rc;

		msgs[n].level = kinds[data[0] % 6][0];
		msgs[n].type = kinds[data[0] % 6][1];
		data += 2;
		size -= 2;
		len = len < size ? len : size;
		msgs[n].len = len;
		msgs[n].bytes = data;
		while ((rc = psock_cmsg_append(&b, msgs[n].level, msgs[n].type, len, &d)) == -ENOSPC) {
			size_t need = b.len + psock_cmsg_space_for(len);
			FUZZ_ASSERT(need > b.cap);
			b.buf = realloc(b.buf, need);
			b.cap = need;
		}
		FUZZ_ASSERT(rc == 0 && b.len <= b.cap);
		FUZZ_ASSERT(d + len <= b.buf + b.len);
		memcpy(d, data, len);
		data += len;
		size -= len;
		n++;
	}
	/* An absurd length is refused, not wrapped. */
	{
		unsigned char *d;
		FUZZ_ASSERT(psock_cmsg_append(&b, 1, 1, SIZE_MAX - 3, &d) == -EOVERFLOW);
		FUZZ_ASSERT(psock_cmsg_space_for(SIZE_MAX) == 0);
	}
	psock_cmsg_iter_init(&it, b.buf, b.len);
	for (i = 0; psock_cmsg_iter_next(&it, &v); i++) {
		FUZZ_ASSERT(i < n);
		FUZZ_ASSERT(v.level == msgs[i].level && v.type == msgs[i].type);
		FUZZ_ASSERT(v.cmsg_len == CMSG_LEN(msgs[i].len) && v.data_len == msgs[i].len);
		FUZZ_ASSERT(msgs[i].len == 0 || memcmp(v.data, msgs[i].bytes, msgs[i].len) == 0);
	}
	FUZZ_ASSERT(i == n);
	free(b.buf);
}

static void space(const uint8_t *data, size_t size)
{
	static const int kinds[][2] = {
		{SOL_SOCKET, SCM_RIGHTS}, {SOL_SOCKET, SCM_CREDENTIALS}, {IPPROTO_IPV6, IPV6_PKTINFO}, {IPPROTO_IPV6, IPV6_TCLASS},
	};
	size_t nelem = 0, max = 0, out = 0;
	const psock_cmsg_type *t;

	if (size < 1 + 2 * sizeof(size_t)) {
		return;
	}
	t = psock_cmsg_find(kinds[data[0] % 4][0], kinds[data[0] % 4][1]);
	FUZZ_ASSERT(t != NULL);
	memcpy(&nelem, data + 1, sizeof(nelem));
	memcpy(&max, data + 1 + sizeof(size_t), sizeof(max));
	if (psock_cmsg_space(t, nelem, max, &out) == 0) {
		FUZZ_ASSERT(out <= max && out >= CMSG_LEN(t->size));
		if (t->elem_size) {
			FUZZ_ASSERT(out >= CMSG_LEN(t->size + nelem * t->elem_size));
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) {
		return 0;
	}
	switch (data[0] % 4) {
	case 0:
		parse(data + 1, size - 1, 0);
		break;
	case 1:
		parse(data + 1, size - 1, 1);
		break;
	case 2:
		build(data + 1, size - 1);
		break;
	default:
		space(data + 1, size - 1);
	}
	return 0;
}
