#include <errno.h>
#include <sys/socket.h>
#include "linebuf.h"

size_t psock_line_end(const char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n' || buf[i] == '\r') {
			return i + 1;
		}
	}
	return 0;
}

ssize_t psock_line_step(int fd, char *buf, size_t room, int *eol)
{
	ssize_t peeked, got;
	size_t take, end;

	*eol = 0;
	if (room == 0) {
		return 0;
	}
	if (room > PSOCK_LINE_PEEK_MAX) {
		room = PSOCK_LINE_PEEK_MAX;
	}
	peeked = recv(fd, buf, room, MSG_PEEK);
	if (peeked < 0) {
		return -errno;
	}
	if (peeked == 0) {
		return 0;
	}
	end = psock_line_end(buf, (size_t)peeked);
	take = end ? end : (size_t)peeked;
	/* The bytes are already in buf; this receive only removes them from
	 * the socket. It cannot block: they were there a moment ago. */
	got = recv(fd, buf, take, MSG_DONTWAIT);
	if (got < 0) {
		return -errno;
	}
	*eol = end != 0 && (size_t)got == take;
	return got;
}
