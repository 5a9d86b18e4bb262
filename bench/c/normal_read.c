/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Line reading as this module's PHP_NORMAL_READ does it, for reference: a
 * forked writer sends LINES lines of 40 bytes over a unix stream socketpair;
 * this process peeks up to PEEK bytes, finds the line end and consumes
 * exactly through it (recv MSG_PEEK, then recv), two syscalls a line.
 * Two other strategies, to measure what fewer syscalls would give:
 *   "cached": peek PEEK bytes once, then consume the lines found in them
 *             with one recv each (checking the bytes match what was peeked),
 *             about one syscall a line, bytes past the line still in the kernel;
 *   "buffered": read PEEK bytes at a time into a user-space buffer and cut
 *             lines from it (what a buffered reader does: bytes past the
 *             line leave the kernel).
 * The writer sends PER_WRITE lines with each write() (one skb each).
 * With "inline" this process writes all the lines first (they must fit in
 * the socket buffer), so that callgrind sees one process.
 *   normal_read LINES [PEEK] [peek|cached|buffered] [PER_WRITE] [inline]
 */
#include "common.h"
#include <sys/socket.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
	long lines = arg_long(argc, argv, 1, 100000), peek = arg_long(argc, argv, 2, 1024), count = 0;
	const char *mode = argc > 3 ? argv[3] : "peek";
	long per_write = arg_long(argc, argv, 4, 100);
	int sv[2];
	char buf[8192], line[8192];
	size_t have = 0, pos = 0;
	pid_t pid;
	double t0, t1;

	if (peek > (long)sizeof(buf)) {
		peek = sizeof(buf);
	}
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
		die("socketpair");
	}
	t0 = now_sec();
	pid = argc > 5 && strcmp(argv[5], "inline") == 0 ? -1 : fork();
	if (pid <= 0) {
		char *chunk;
		long i;

		if (per_write < 1 || per_write > lines) {
			per_write = lines;
		}
		chunk = malloc((size_t)per_write * 40);
		if (pid == 0) {
			close(sv[0]);
		}
		for (i = 0; i < per_write; i++) {
			memset(chunk + i * 40, 'x', 39);
			chunk[i * 40 + 39] = '\n';
		}
		for (i = 0; i < lines / per_write; i++) {
			write_all(sv[1], chunk, (size_t)per_write * 40);
		}
		if (pid == 0) {
			_exit(0);
		}
	}
	close(sv[1]);
	while (strcmp(mode, "peek") != 0) {
		char *nl;
		size_t take;
		ssize_t n;

		if (pos == have) {
			n = recv(sv[0], buf, (size_t)peek, mode[0] == 'c' ? MSG_PEEK : 0);
			if (n < 0) {
				die("recv");
			}
			if (n == 0) {
				break;
			}
			have = (size_t)n;
			pos = 0;
		}
		nl = memchr(buf + pos, '\n', have - pos);
		take = nl ? (size_t)(nl - (buf + pos)) + 1 : have - pos;
		if (mode[0] == 'c') {
			if (recv(sv[0], line, take, MSG_DONTWAIT) != (ssize_t)take || memcmp(line, buf + pos, take) != 0) {
				fprintf(stderr, "the socket changed under the cache (take %zu pos %zu have %zu)\n", take, pos, have);
				return 1;
			}
		} else {
			memcpy(line, buf + pos, take);
		}
		pos += take;
		if (nl) {
			count++;
		}
	}
	for (; strcmp(mode, "peek") == 0;) {
		ssize_t n = recv(sv[0], buf, (size_t)peek, MSG_PEEK), take;
		char *nl;

		if (n < 0) {
			die("recv");
		}
		if (n == 0) {
			break;
		}
		nl = memchr(buf, '\n', (size_t)n);
		take = nl ? nl - buf + 1 : n;
		if (recv(sv[0], buf, (size_t)take, MSG_DONTWAIT) != take) {
			die("recv");
		}
		if (nl) {
			count++;
		}
	}
	t1 = now_sec();
	if (pid > 0) {
		waitpid(pid, NULL, 0);
	}
	if (count != lines) {
		fprintf(stderr, "read %ld lines, expected %ld\n", count, lines);
		return 1;
	}
	printf("lps=%.0f\n", (double)count / (t1 - t0));
	return 0;
}
