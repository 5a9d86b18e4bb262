/* SPDX-License-Identifier: BSD-3-Clause */
/* PHP_NORMAL_READ's steps over a real socket pair: lines split as 8.2 splits
 * them, and a line end found in what the kernel holds at each step, whatever
 * another reader took from the descriptor in between. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "core/linebuf.h"
#include "unit.h"

static ssize_t step(int fd, char *buf, size_t room, int *eol)
{
	ssize_t n = psock_line_step(fd, buf, room, eol);
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
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 0);   /* and stays there */
	close(p[1]);
}

/* The case of pecl event's EventBuffer::readFrom() between two line reads:
 * the next line read must end at the next line end the kernel holds, not at
 * one an earlier peek showed. */
static void other_reader_between_steps(void)
{
	int p[2], eol;
	char buf[64], other[16];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, p), 0);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	CHECK_EQ_INT(write(p[0], "L1\nAAAAAAAA\nL3\nXY\n", 18), 18);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 3);
	CHECK(strcmp(buf, "L1\n") == 0 && eol);
	CHECK_EQ_INT(recv(p[1], other, 9, 0), 9);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 3);
	CHECK(strcmp(buf, "L3\n") == 0 && eol);
	/* Another reader takes part of a line: the rest is the next line. */
	CHECK_EQ_INT(recv(p[1], other, 1, 0), 1);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 2);
	CHECK(strcmp(buf, "Y\n") == 0 && eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), -EAGAIN);
	close(p[0]);
	close(p[1]);
}

/* Each step leaves every byte after its line end in the kernel. */
static void bytes_after_the_line_stay_queued(void)
{
	int p[2], eol;
	char buf[64];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, p), 0);
	CHECK_EQ_INT(write(p[0], "one\ntwo\n", 8), 8);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 4);
	CHECK_EQ_INT(recv(p[1], buf, sizeof(buf), MSG_PEEK | MSG_DONTWAIT), 4);
	close(p[0]);
	close(p[1]);
}

/* A datagram socket: a step takes one datagram through its line end (the
 * rest of that datagram goes, as with any receive), and an empty datagram is
 * taken rather than peeked at forever. */
static void datagrams(void)
{
	int p[2], eol;
	char buf[64];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_DGRAM, 0, p), 0);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	CHECK_EQ_INT(send(p[0], "ab\ncd", 5, 0), 5);
	CHECK_EQ_INT(send(p[0], "", 0, 0), 0);
	CHECK_EQ_INT(send(p[0], "ef", 2, 0), 2);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 3);
	CHECK(strcmp(buf, "ab\n") == 0 && eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 0);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), 2);
	CHECK(strcmp(buf, "ef") == 0 && !eol);
	CHECK_EQ_INT(step(p[1], buf, sizeof(buf) - 1, &eol), -EAGAIN);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	RUN(line_ends);
	RUN(steps_split_lines_as_8_2);
	RUN(other_reader_between_steps);
	RUN(bytes_after_the_line_stay_queued);
	RUN(datagrams);
	UNIT_MAIN_END();
}
