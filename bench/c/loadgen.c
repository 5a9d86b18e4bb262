/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Load generator for the echo benchmark. Starts the server command given
 * after "--", reads the port from its "listening on ADDR:PORT" line, opens
 * CONNS loopback connections and keeps one MSGSIZE-byte request in flight
 * on each for SECONDS: send, wait for the whole echo, record the latency,
 * send again. Prints requests per second and latency percentiles, then
 * stops the server. With IDLE, it first opens IDLE more connections that
 * never send anything (a server whose connections are mostly idle), and
 * gives the server a second to accept them before the timed part.
 *   loadgen CONNS SECONDS MSGSIZE [IDLE] -- server-command args...
 */
#include "common.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>

#define MAX_SAMPLES (50L * 1000 * 1000)

typedef struct {
	int fd;
	size_t got;
	double sent_at;
} conn;

static int cmp_float(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;

	return x < y ? -1 : x > y;
}

/* Starts the server and returns the port it announced, or exits. */
static int start_server(char **cmd, pid_t *pid)
{
	int pipefd[2], port = 0;
	char line[256];
	size_t have = 0;
	double deadline = now_sec() + 15;

	if (pipe(pipefd) != 0) {
		die("pipe");
	}
	*pid = fork();
	if (*pid == 0) {
		dup2(pipefd[1], 1);
		close(pipefd[0]);
		close(pipefd[1]);
		execvp(cmd[0], cmd);
		die("execvp");
	}
	close(pipefd[1]);
	while (now_sec() < deadline && have < sizeof(line) - 1) {
		struct pollfd p = { pipefd[0], POLLIN, 0 };
		char *nl, *colon;
		ssize_t n;

		if (poll(&p, 1, 1000) <= 0) {
			continue;
		}
		n = read(pipefd[0], line + have, sizeof(line) - 1 - have);
		if (n <= 0) {
			break;
		}
		have += (size_t)n;
		line[have] = '\0';
		if ((nl = strchr(line, '\n')) != NULL) {
			*nl = '\0';
			colon = strrchr(line, ':');
			if (strncmp(line, "listening on ", 13) == 0 && colon) {
				port = atoi(colon + 1);
			}
			break;
		}
	}
	/* The server may print more; nobody reads it, so leave the pipe open
	 * rather than have it die of SIGPIPE. */
	if (port <= 0) {
		fprintf(stderr, "server did not announce a port (got \"%.*s\")\n", (int)have, line);
		kill(*pid, SIGKILL);
		exit(1);
	}
	return port;
}

int main(int argc, char **argv)
{
	long conns = arg_long(argc, argv, 1, 100), i;
	double seconds = argc > 2 ? atof(argv[2]) : 10, t0, end, t1;
	long size = arg_long(argc, argv, 3, 64), done = 0, errors = 0, idle = 0;
	int *idle_fds = NULL;
	char **cmd = NULL, msg[65536], buf[65536];
	conn *c;
	float *lat;
	pid_t pid;
	int port, ep, one = 1, status = 0;
	struct sockaddr_in sin;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0 && i + 1 < argc) {
			cmd = argv + i + 1;
		}
	}
	if (argc > 4 && strcmp(argv[4], "--") != 0) {
		idle = strtol(argv[4], NULL, 10);
	}
	if (cmd == NULL || size <= 0 || size > (long)sizeof(msg) || conns <= 0 || idle < 0) {
		fprintf(stderr, "usage: loadgen CONNS SECONDS MSGSIZE [IDLE] -- server-command...\n");
		return 2;
	}
	memset(msg, 'x', (size_t)size - 1);
	msg[size - 1] = '\n';
	signal(SIGPIPE, SIG_IGN);
	port = start_server(cmd, &pid);
	lat = malloc(MAX_SAMPLES * sizeof(float));
	c = calloc((size_t)conns, sizeof(conn));
	ep = epoll_create1(0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	idle_fds = calloc((size_t)idle + 1, sizeof(int));
	for (i = 0; i < idle; i++) {
		idle_fds[i] = socket(AF_INET, SOCK_STREAM, 0);
		if (connect(idle_fds[i], (struct sockaddr *)&sin, sizeof(sin)) != 0) {
			die("connect");
		}
		if (i % 100 == 99) {
			usleep(20000); /* the server accepts one a wake-up: keep its backlog short */
		}
	}
	if (idle > 0) {
		usleep(1000000);
	}
	for (i = 0; i < conns; i++) {
		struct epoll_event ev;

		c[i].fd = socket(AF_INET, SOCK_STREAM, 0);
		if (connect(c[i].fd, (struct sockaddr *)&sin, sizeof(sin)) != 0) {
			die("connect");
		}
		setsockopt(c[i].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		ev.events = EPOLLIN;
		ev.data.u64 = (uint64_t)i;
		epoll_ctl(ep, EPOLL_CTL_ADD, c[i].fd, &ev);
	}
	t0 = now_sec();
	end = t0 + seconds;
	for (i = 0; i < conns; i++) {
		c[i].sent_at = now_sec();
		write_all(c[i].fd, msg, (size_t)size);
	}
	while ((t1 = now_sec()) < end) {
		struct epoll_event evs[256];
		int n = epoll_wait(ep, evs, 256, 100), k;

		for (k = 0; k < n; k++) {
			conn *cc = &c[evs[k].data.u64];
			ssize_t got = read(cc->fd, buf, sizeof(buf));
			double now;

			if (got <= 0) {
				errors++;
				epoll_ctl(ep, EPOLL_CTL_DEL, cc->fd, NULL);
				continue;
			}
			cc->got += (size_t)got;
			if (cc->got < (size_t)size) {
				continue;
			}
			now = now_sec();
			if (done < MAX_SAMPLES) {
				lat[done] = (float)((now - cc->sent_at) * 1e6);
			}
			done++;
			cc->got -= (size_t)size;
			cc->sent_at = now;
			write_all(cc->fd, msg, (size_t)size);
		}
	}
	for (i = 0; i < conns; i++) {
		close(c[i].fd);
	}
	for (i = 0; i < idle; i++) {
		close(idle_fds[i]);
	}
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	if (done == 0) {
		fprintf(stderr, "no request completed\n");
		return 1;
	}
	{
		long m = done < MAX_SAMPLES ? done : MAX_SAMPLES;

		qsort(lat, (size_t)m, sizeof(float), cmp_float);
		printf("rps=%.0f\np50_us=%.1f\np99_us=%.1f\nmax_us=%.1f\nerrors=%ld\nrequests=%ld\n",
				(double)done / (t1 - t0), lat[m / 2], lat[(long)(m * 0.99)], lat[m - 1], errors, done);
	}
	return errors ? 1 : 0;
}
