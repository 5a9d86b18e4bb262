/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include "linebuf.h"

size_t psock_line_end(const char *buf, size_t len)
{
	const char *nl = memchr(buf, '\n', len);
	const char *cr = memchr(buf, '\r', nl ? (size_t)(nl - buf) : len);
	const char *end = cr ? cr : nl;

	return end ? (size_t)(end - buf) + 1 : 0;
}

/* Consumes take bytes into dst right after a peek, telling whether a
 * datagram was cut (its rest is gone: nothing of the peek stays valid). */
static ssize_t consume_after_peek(int fd, char *dst, size_t take, int *cut)
{
	struct iovec iov;
	struct msghdr msg;
	ssize_t got;

	iov.iov_base = dst;
	iov.iov_len = take;
	memset(&msg, 0, sizeof(msg));
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	/* The bytes were there a moment ago: this cannot block. */
	got = recvmsg(fd, &msg, MSG_DONTWAIT);
	*cut = got >= 0 && (msg.msg_flags & MSG_TRUNC);
	return got < 0 ? -errno : got;
}

ssize_t psock_line_step(int fd, psock_line_cache *c, char *dst, size_t room, int *eol)
{
	size_t end, take;
	ssize_t got;
	int cut;

	*eol = 0;
	if (room == 0) {
		return 0;
	}
	end = c->pos < c->len ? psock_line_end(c->data + c->pos, c->len - c->pos) : 0;
	if (end) {
		/* The last peek showed this line whole: one receive takes it. */
		take = end < room ? end : room;
		got = recv(fd, dst, take, MSG_DONTWAIT);
		if (got == (ssize_t)take && memcmp(dst, c->data + c->pos, take) == 0) {
			c->pos += take;
			*eol = take == end;
			return got;
		}
		/* Someone else read from the socket since the peek. */
		psock_line_cache_reset(c);
		if (got > 0) {
			*eol = psock_line_end(dst, (size_t)got) != 0;
			return got;
		}
		if (got == 0) {
			return 0;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK) {
			return -errno;
		}
		/* Nothing left of what was peeked: wait for more as a peek does. */
	}
	got = recv(fd, c->data, sizeof(c->data), MSG_PEEK);
	if (got <= 0) {
		psock_line_cache_reset(c);
		return got < 0 ? -errno : 0;
	}
	c->len = (size_t)got;
	end = psock_line_end(c->data, c->len);
	take = end ? end : c->len;
	if (take > room) {
		take = room;
	}
	got = consume_after_peek(fd, dst, take, &cut);
	if (got < 0) {
		psock_line_cache_reset(c);
		return got;
	}
	c->pos = (size_t)got;
	if (cut || (size_t)got != take) {
		psock_line_cache_reset(c);
	}
	*eol = end != 0 && (size_t)got == end;
	return got;
}
