/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 1-byte round trip on a unix stream socketpair, in one process: write one
 * byte on one end, read it on the other, the same two syscalls (write,
 * recvfrom) socket_write() and socket_read($s, 1) make.
 *   rt1 ITERATIONS
 */
#include "common.h"
#include <sys/socket.h>

int main(int argc, char **argv)
{
	long n = arg_long(argc, argv, 1, 200000), i;
	int sv[2];
	char c = 'x', got;
	double t0, t1;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
		die("socketpair");
	}
	t0 = now_sec();
	for (i = 0; i < n; i++) {
		if (write(sv[0], &c, 1) != 1) {
			die("write");
		}
		if (recv(sv[1], &got, 1, 0) != 1) {
			die("recv");
		}
	}
	t1 = now_sec();
	printf("us=%.4f\nn=%ld\n", (t1 - t0) * 1e6 / (double)n, n);
	return 0;
}
