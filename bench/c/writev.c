/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A message of 16 buffers of 64 bytes on a unix stream socketpair, sent
 * either with one writev() or with 16 write() calls; only the sending is
 * timed. The other end is drained after every message, untimed.
 *   writev MESSAGES writev|writes
 */
#include "common.h"
#include <sys/socket.h>
#include <sys/uio.h>

#define PARTS 16
#define PART 64

int main(int argc, char **argv)
{
	long n = arg_long(argc, argv, 1, 20000), i;
	int vec = argc > 2 && strcmp(argv[2], "writev") == 0, sv[2], k;
	struct iovec iov[PARTS];
	static char data[PARTS][PART], buf[65536];
	double spent = 0;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
		die("socketpair");
	}
	for (k = 0; k < PARTS; k++) {
		memset(data[k], 'a' + k, PART);
		iov[k].iov_base = data[k];
		iov[k].iov_len = PART;
	}
	for (i = 0; i < n; i++) {
		double t0 = now_sec();
		size_t got = 0;

		if (vec) {
			if (writev(sv[0], iov, PARTS) != PARTS * PART) {
				die("writev");
			}
		} else {
			for (k = 0; k < PARTS; k++) {
				if (write(sv[0], data[k], PART) != PART) {
					die("write");
				}
			}
		}
		spent += now_sec() - t0;
		while (got < PARTS * PART) {
			ssize_t r = read(sv[1], buf, sizeof(buf));
			if (r <= 0) {
				die("read");
			}
			got += (size_t)r;
		}
	}
	printf("us=%.3f\n", spent * 1e6 / (double)n);
	return 0;
}
