/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The C counterpart of socket_select() over many sockets: NSOCK descriptors
 * (NSOCK/2 unix socketpairs), one byte waiting on one of them, CALLS calls
 * of poll() with a zero timeout, each expected to report that one. With
 * "select", select() instead (descriptors below FD_SETSIZE only), rebuilding
 * the fd_set before each call as the bundled module does.
 *   poll_loop NSOCK CALLS [poll|select]
 */
#include "common.h"
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	long nsock = arg_long(argc, argv, 1, 1000), calls = arg_long(argc, argv, 2, 10000), i;
	struct pollfd *pfd = calloc((size_t)nsock, sizeof(*pfd));
	double t0, t1;

	for (i = 0; i < nsock; i += 2) {
		int sv[2];

		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
			die("socketpair");
		}
		pfd[i].fd = sv[0];
		pfd[i + 1].fd = sv[1];
		pfd[i].events = pfd[i + 1].events = POLLIN;
	}
	write_all(pfd[nsock / 2 + 1].fd, "x", 1);
	t0 = now_sec();
	if (argc > 3 && strcmp(argv[3], "select") == 0) {
		for (i = 0; i < calls; i++) {
			struct timeval tv = { 0, 0 };
			fd_set set;
			int max = -1;
			long k;

			FD_ZERO(&set);
			for (k = 0; k < nsock; k++) {
				if (pfd[k].fd >= FD_SETSIZE) {
					fprintf(stderr, "descriptor %d is beyond FD_SETSIZE\n", pfd[k].fd);
					return 1;
				}
				FD_SET(pfd[k].fd, &set);
				max = pfd[k].fd > max ? pfd[k].fd : max;
			}
			if (select(max + 1, &set, NULL, NULL, &tv) != 1) {
				fprintf(stderr, "select did not report exactly one\n");
				return 1;
			}
		}
		calls = calls ? calls : 1;
		goto done;
	}
	for (i = 0; i < calls; i++) {
		if (poll(pfd, (nfds_t)nsock, 0) != 1) {
			fprintf(stderr, "poll did not report exactly one\n");
			return 1;
		}
	}
done:
	t1 = now_sec();
	printf("us=%.3f\n", (t1 - t0) * 1e6 / (double)calls);
	return 0;
}
