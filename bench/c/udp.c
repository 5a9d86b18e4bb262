/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * UDP over loopback in one process: sendto() a 64-byte datagram from one
 * socket to another, recvfrom() it there, N times.
 *   udp N [SIZE]
 */
#include "common.h"
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	long n = arg_long(argc, argv, 1, 200000), size = arg_long(argc, argv, 2, 64), i;
	struct sockaddr_in to, from;
	socklen_t len = sizeof(to);
	int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0);
	char msg[65536], buf[65536];
	double t0, t1;

	memset(msg, 'x', sizeof(msg));
	memset(&to, 0, sizeof(to));
	to.sin_family = AF_INET;
	to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(b, (struct sockaddr *)&to, sizeof(to)) != 0
			|| getsockname(b, (struct sockaddr *)&to, &len) != 0) {
		die("bind");
	}
	t0 = now_sec();
	for (i = 0; i < n; i++) {
		if (sendto(a, msg, (size_t)size, 0, (struct sockaddr *)&to, sizeof(to)) != size) {
			die("sendto");
		}
		len = sizeof(from);
		if (recvfrom(b, buf, (size_t)size, 0, (struct sockaddr *)&from, &len) != size) {
			die("recvfrom");
		}
	}
	t1 = now_sec();
	printf("dps=%.0f\n", (double)n / (t1 - t0));
	return 0;
}
