/* SPDX-License-Identifier: BSD-3-Clause */
/* PHP_NORMAL_READ's steps over a real socket pair, with and without a
 * stale cache. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "core/linebuf.h"
#include "unit.h"

static psock_line_cache cache;

static ssize_t step(int fd, char *buf, size_t room, int *eol)
{
	ssize_t n = psock_line_step(fd, &cache, buf, room, eol);
	if (n >= 0) {
		buf[n] = '\0';
	}
	return n;
}

static void line_ends(void)
{
	CHECK_EQ_INT(psock_line_end("abc", 3), 0);
	CHECK_EQ_INT(psock_line_end("a\nb", 3), 2);
	CHECK_EQ_INT(psock_line_end("a\rb\n", 4), 2);
	CHECK_EQ_INT(psock_line_end("ab\n\r", 4), 3);
	CHECK_EQ_INT(psock_line_end("", 0), 0);
}

static void steps_split_lines_as_8_2(void)
{
	int p[2], eol;
	char buf[64];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, p), 0);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	psock_line_cache_reset(&cache);
	CHECK_EQ_INT(write(p[0], "a\nbb\r\nccc", 9), 9);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 2);
	CHECK(strcmp(buf, "a\n") == 0 && eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 3);
	CHECK(strcmp(buf, "bb\r") == 0 && eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 1);
	CHECK(strcmp(buf, "\n") == 0 && eol);
	CHECK_EQ_INT(step(p[1], buf, 2, &eol), 2);     /* room ends the step */
	CHECK(strcmp(buf, "cc") == 0 && !eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 1);
	CHECK(strcmp(buf, "c") == 0 && !eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), -EAGAIN);
	close(p[0]);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 0);   /* end of stream */
	close(p[1]);
}

static void stale_cache_loses_nothing(void)
{
	int p[2], eol;
	char buf[64], other[8];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, p), 0);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	psock_line_cache_reset(&cache);
	CHECK_EQ_INT(write(p[0], "one\ntwo\nsix\n", 12), 12);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 4);
	CHECK(strcmp(buf, "one\n") == 0);
	/* Another reader takes "two\n" behind the cache's back. */
	CHECK_EQ_INT(recv(p[1], other, 4, 0), 4);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 4);
	CHECK(strcmp(buf, "six\n") == 0 && eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), -EAGAIN);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	RUN(line_ends);
	RUN(steps_split_lines_as_8_2);
	RUN(stale_cache_loses_nothing);
	UNIT_MAIN_END();
}
