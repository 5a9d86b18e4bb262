/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Line splitting for PHP_NORMAL_READ: psock_line_end on any bytes, and
 * psock_line_step over a real socket, which must hand the bytes back in
 * order, none lost or doubled, each step ending at the first '\n' or '\r'
 * or at the room it was given, even when another reader takes bytes from
 * the descriptor between two steps (as another extension or process may).
 *
 * Input: byte 0 seeds the sequence of room sizes (1 to 5000 bytes, some
 * above PSOCK_LINE_PEEK_MAX) and of the other reader's takes (none most of
 * the time, else 1 to 64 bytes), the rest is what the peer sends. At most
 * 64 KiB is sent, which an AF_UNIX stream socket buffers whole.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "core/linebuf.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)
#define MAX_SEND 65536

static int pair[2] = {-1, -1};

static void open_pair(void)
{
	int size = 4 * MAX_SEND;

	FUZZ_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
	FUZZ_ASSERT(setsockopt(pair[0], SOL_SOCKET, SO_SNDBUF, &size, sizeof(size)) == 0);
	FUZZ_ASSERT(setsockopt(pair[1], SOL_SOCKET, SO_RCVBUF, &size, sizeof(size)) == 0);
	FUZZ_ASSERT(fcntl(pair[0], F_SETFL, O_NONBLOCK) == 0);
	FUZZ_ASSERT(fcntl(pair[1], F_SETFL, O_NONBLOCK) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[PSOCK_LINE_PEEK_MAX + 64];
	char *got;
	size_t payload, sent = 0, have = 0, end, i;
	uint32_t rnd;
	int eol;

	if (size < 1) {
		return 0;
	}
	rnd = data[0] * 2654435761u + 1;
	payload = size - 1 > MAX_SEND ? MAX_SEND : size - 1;
	data++;

	/* psock_line_end against a plain scan. */
	end = psock_line_end((const char *)data, payload);
	for (i = 0; i < payload && data[i] != '\n' && data[i] != '\r'; i++) {
	}
	FUZZ_ASSERT(end == (i < payload ? i + 1 : 0));

	if (pair[0] < 0) {
		open_pair();
	}
	while (sent < payload) {
		ssize_t n = write(pair[0], data + sent, payload - sent);
		FUZZ_ASSERT(n > 0);
		sent += (size_t)n;
	}
	got = malloc(payload ? payload : 1);
	for (;;) {
		size_t room;
		ssize_t n;

		rnd = rnd * 1103515245u + 12345u;
		room = 1 + (rnd >> 8) % 5000;
		if (room > sizeof(buf)) {
			room = sizeof(buf);
		}
		if ((rnd >> 4) % 4 == 0) {
			/* The other reader, straight from the descriptor. */
			n = recv(pair[1], got + have, 1 + (rnd >> 12) % 64, MSG_DONTWAIT);
			if (n > 0) {
				have += (size_t)n;
				continue;
			}
		}
		n = psock_line_step(pair[1], buf, room, &eol);
		if (n == -EAGAIN) {
			break;
		}
		FUZZ_ASSERT(n > 0);
		FUZZ_ASSERT((size_t)n <= room && (size_t)n <= PSOCK_LINE_PEEK_MAX);
		FUZZ_ASSERT(have + (size_t)n <= payload);
		/* A step stops at the first line end, and only there. */
		end = psock_line_end(buf, (size_t)n);
		FUZZ_ASSERT(end == 0 || end == (size_t)n);
		FUZZ_ASSERT(eol == (end != 0));
		memcpy(got + have, buf, (size_t)n);
		have += (size_t)n;
	}
	FUZZ_ASSERT(have == payload);
	FUZZ_ASSERT(memcmp(got, data, payload) == 0);
	free(got);
	return 0;
}
