/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Bulk TCP over loopback: this process writes BYTES in CHUNK-byte writes; a
 * forked reader reads CHUNK at a time until end of stream and answers one
 * byte, which stops the clock. Also prints the bytes per CPU second of
 * both processes together (MBps_cpu).
 *   bulk BYTES CHUNK
 */
#include "common.h"
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

static double cpu(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6
		+ (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

int main(int argc, char **argv)
{
	long total = arg_long(argc, argv, 1, 1L << 30), chunk = arg_long(argc, argv, 2, 65536);
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	int lfd, fd;
	pid_t pid;
	char *buf = calloc(1, (size_t)chunk), ack;
	long sent;
	double t0, t1, cpu0;

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(lfd, (struct sockaddr *)&sin, sizeof(sin)) != 0 || listen(lfd, 1) != 0
			|| getsockname(lfd, (struct sockaddr *)&sin, &len) != 0) {
		die("listen");
	}
	pid = fork();
	if (pid == 0) {
		long got = 0;
		ssize_t n;
		int c = socket(AF_INET, SOCK_STREAM, 0);

		if (connect(c, (struct sockaddr *)&sin, sizeof(sin)) != 0) {
			die("connect");
		}
		while ((n = read(c, buf, (size_t)chunk)) > 0) {
			got += n;
		}
		write_all(c, got == total ? "k" : "e", 1);
		_exit(got == total ? 0 : 1);
	}
	fd = accept(lfd, NULL, NULL);
	if (fd < 0) {
		die("accept");
	}
	cpu0 = cpu(RUSAGE_SELF);
	t0 = now_sec();
	for (sent = 0; sent < total; sent += chunk) {
		write_all(fd, buf, (size_t)chunk);
	}
	shutdown(fd, SHUT_WR);
	if (read(fd, &ack, 1) != 1 || ack != 'k') {
		fprintf(stderr, "reader did not confirm\n");
		return 1;
	}
	t1 = now_sec();
	waitpid(pid, NULL, 0);
	printf("MBps=%.1f\nMBps_cpu=%.1f\n", (double)total / (t1 - t0) / 1e6,
			(double)total / (cpu(RUSAGE_SELF) - cpu0 + cpu(RUSAGE_CHILDREN)) / 1e6);
	return 0;
}
