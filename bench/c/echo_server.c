/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The C counterpart of examples/echo_select_server.php: one process, poll()
 * over the listener and every client, echoing whatever arrives. Prints
 * "listening on ADDR:PORT" once bound and serves for SECONDS.
 *   echo_server [ADDR:PORT] [SECONDS]
 */
#include "common.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#define MAXFDS 4096

int main(int argc, char **argv)
{
	char host[64] = "127.0.0.1", *colon, buf[65536];
	int port = 0, lfd, one = 1;
	double seconds = argc > 2 ? atof(argv[2]) : 10, end;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	static struct pollfd pfd[MAXFDS];
	nfds_t n = 1, i;

	if (argc > 1 && (colon = strrchr(argv[1], ':')) != NULL && colon - argv[1] < (long)sizeof(host)) {
		memcpy(host, argv[1], (size_t)(colon - argv[1]));
		host[colon - argv[1]] = '\0';
		port = atoi(colon + 1);
	}
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, host, &sin.sin_addr) != 1) {
		fprintf(stderr, "bad address %s\n", host);
		return 1;
	}
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(lfd, (struct sockaddr *)&sin, sizeof(sin)) != 0 || listen(lfd, 512) != 0
			|| getsockname(lfd, (struct sockaddr *)&sin, &len) != 0) {
		die("listen");
	}
	printf("listening on %s:%d\n", host, ntohs(sin.sin_port));
	fflush(stdout);
	pfd[0].fd = lfd;
	pfd[0].events = POLLIN;
	end = now_sec() + seconds;
	while (now_sec() < end) {
		int ready = poll(pfd, n, 200);

		if (ready < 0) {
			if (errno == EINTR) {
				continue;
			}
			die("poll");
		}
		for (i = 1; i < n && ready > 0; i++) {
			ssize_t got;

			if (!pfd[i].revents) {
				continue;
			}
			ready--;
			got = read(pfd[i].fd, buf, sizeof(buf));
			if (got <= 0) {
				close(pfd[i].fd);
				pfd[i--] = pfd[--n];
				continue;
			}
			write_all(pfd[i].fd, buf, (size_t)got);
		}
		if (pfd[0].revents & POLLIN) {
			int c = accept(lfd, NULL, NULL);

			if (c >= 0 && n < MAXFDS) {
				setsockopt(c, IPPROTO_TCP, 1 /* TCP_NODELAY */, &one, sizeof(one));
				pfd[n].fd = c;
				pfd[n].events = POLLIN;
				pfd[n++].revents = 0;
			} else if (c >= 0) {
				close(c);
			}
		}
	}
	return 0;
}
