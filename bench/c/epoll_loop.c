/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The C reference for socket_select() over an epoll set: NSOCK descriptors
 * (NSOCK/2 unix socketpairs), one byte waiting on one of them, registered
 * once with epoll_ctl(), then CALLS calls of epoll_wait() with a zero
 * timeout, each expected to report that one. This is the floor for any
 * wait over a kept set: the kernel's cost is that of the ready descriptors.
 * With "walk", each call also reads the list of NSOCK descriptors once, as
 * any select()-shaped interface must (its caller hands over the whole set
 * every call), and confirms the ready one with poll(), as the module does.
 *   epoll_loop NSOCK CALLS [walk]
 */
#include "common.h"
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	long nsock = arg_long(argc, argv, 1, 1000), calls = arg_long(argc, argv, 2, 10000), i;
	int walk = argc > 3 && strcmp(argv[3], "walk") == 0, ep = epoll_create1(EPOLL_CLOEXEC);
	int *fds = calloc((size_t)nsock, sizeof(int));
	struct epoll_event ev[64];
	volatile long sink = 0;
	double t0, t1;

	if (ep < 0 || fds == NULL) {
		die("epoll_create1");
	}
	for (i = 0; i < nsock; i += 2) {
		int sv[2];

		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
			die("socketpair");
		}
		fds[i] = sv[0];
		fds[i + 1] = sv[1];
	}
	for (i = 0; i < nsock; i++) {
		struct epoll_event e = { .events = EPOLLIN, .data.fd = fds[i] };

		if (epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &e) != 0) {
			die("epoll_ctl");
		}
	}
	write_all(fds[nsock / 2 + 1], "x", 1);
	t0 = now_sec();
	for (i = 0; i < calls; i++) {
		int n;

		if (walk) {
			long k, s = 0;

			for (k = 0; k < nsock; k++) {
				s += fds[k];
			}
			sink += s;
		}
		n = epoll_wait(ep, ev, 64, 0);
		if (n != 1) {
			fprintf(stderr, "epoll_wait did not report exactly one\n");
			return 1;
		}
		if (walk) {
			struct pollfd p = { ev[0].data.fd, POLLIN, 0 };

			if (poll(&p, 1, 0) != 1) {
				fprintf(stderr, "poll did not confirm\n");
				return 1;
			}
		}
	}
	t1 = now_sec();
	printf("us=%.3f\n", (t1 - t0) * 1e6 / (double)(calls ? calls : 1));
	return 0;
}
