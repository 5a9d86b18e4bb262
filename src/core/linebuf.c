/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "linebuf.h"

size_t psock_line_end(const char *buf, size_t len)
{
	const char *nl = memchr(buf, '\n', len);
	const char *cr = memchr(buf, '\r', nl ? (size_t)(nl - buf) : len);
	const char *end = cr ? cr : nl;

	return end ? (size_t)(end - buf) + 1 : 0;
}

ssize_t psock_line_step(int fd, char *dst, size_t room, int *eol)
{
	size_t peek = room < PSOCK_LINE_PEEK_MAX ? room : PSOCK_LINE_PEEK_MAX;
	size_t end, take;
	ssize_t got;

	*eol = 0;
	if (room == 0) {
		return 0;
	}
	/* The peek lands in dst: the receive below writes the same bytes over
	 * it, so no second buffer is needed. It blocks as a read would. */
	got = recv(fd, dst, peek, MSG_PEEK);
	if (got < 0) {
		return -errno;
	}
	if (got == 0) {
		/* End of stream, or an empty datagram, which a peek leaves queued:
		 * take it, so that the next read sees the next datagram. At end of
		 * stream this receive returns 0 again and changes nothing. */
		got = recv(fd, dst, 0, MSG_DONTWAIT);
		return got < 0 && errno != EAGAIN && errno != EWOULDBLOCK ? -errno : 0;
	}
	end = psock_line_end(dst, (size_t)got);
	take = end ? end : (size_t)got;
	/* The bytes were there a moment ago: this cannot block. On a datagram
	 * socket it takes the datagram, as 8.2's one-byte receives do. */
	got = recv(fd, dst, take, MSG_DONTWAIT);
	if (got < 0) {
		return -errno;
	}
	*eol = end != 0 && (size_t)got == end;
	return got;
}
