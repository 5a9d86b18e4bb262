/*
 * The C counterpart of socket_select() over many sockets: NSOCK descriptors
 * (NSOCK/2 unix socketpairs), one byte waiting on one of them, CALLS calls
 * of poll() with a zero timeout, each expected to report that one.
 *   poll_loop NSOCK CALLS
 */
#include "common.h"
#include <poll.h>
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
	for (i = 0; i < calls; i++) {
		if (poll(pfd, (nfds_t)nsock, 0) != 1) {
			fprintf(stderr, "poll did not report exactly one\n");
			return 1;
		}
	}
	t1 = now_sec();
	printf("us=%.3f\n", (t1 - t0) * 1e6 / (double)calls);
	return 0;
}
