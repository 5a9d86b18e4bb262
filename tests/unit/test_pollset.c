/* SPDX-License-Identifier: BSD-3-Clause */
/* select() semantics over poll(). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "core/pollset.h"
#include "unit.h"

static const struct timespec zero = {0, 0};

static double elapsed_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void duplicates_share_one_slot(void)
{
	psock_pollset ps;
	int sv[2];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	psock_pollset_init(&ps);
	CHECK_EQ_INT(psock_pollset_add(&ps, sv[0], PSOCK_POLL_READ), 0);
	CHECK_EQ_INT(psock_pollset_add(&ps, sv[1], PSOCK_POLL_READ), 1);
	CHECK_EQ_INT(psock_pollset_add(&ps, sv[0], PSOCK_POLL_WRITE), 0);
	CHECK_EQ_INT(psock_pollset_add(&ps, sv[0], PSOCK_POLL_READ), 0);
	CHECK_EQ_INT(ps.count, 2);
	CHECK_EQ_INT(psock_pollset_find(&ps, sv[0]), 0);
	CHECK_EQ_INT(psock_pollset_find(&ps, sv[1]), 1);
	CHECK_EQ_INT(psock_pollset_find(&ps, 100000), -1);
	CHECK_EQ_INT(psock_pollset_add(&ps, -1, PSOCK_POLL_READ), -EBADF);
	/* Nothing to read yet; sv[0] is writable: one (descriptor, set) pair,
	 * although sv[0] was added three times. */
	CHECK_EQ_INT(psock_pollset_wait(&ps, &zero), 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_WRITE);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 1), 0);
	CHECK_EQ_INT(write(sv[1], "x", 1), 1);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &zero), 2);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_READ | PSOCK_POLL_WRITE);
	psock_pollset_free(&ps);
	close(sv[0]);
	close(sv[1]);
}

static void empty_set_times_out(void)
{
	psock_pollset ps;
	struct timespec start, t = {0, 50 * 1000000L};
	double took;

	psock_pollset_init(&ps);
	clock_gettime(CLOCK_MONOTONIC, &start);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &t), 0);
	took = elapsed_since(&start);
	CHECK(took >= 0.045 && took < 2.0);
	CHECK_EQ_INT(psock_pollset_find(&ps, 0), -1);
	psock_pollset_free(&ps);
}

static void hangup_is_readable_only(void)
{
	psock_pollset ps;
	struct timespec start, t = {0, 100 * 1000000L};
	int sv[2];
	double took;

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	close(sv[1]);
	psock_pollset_init(&ps);
	/* In the except set only, a hang-up is not an event: select() waits
	 * the whole timeout, and so must we (without spinning). */
	CHECK_EQ_INT(psock_pollset_add(&ps, sv[0], PSOCK_POLL_EXCEPT), 0);
	clock_gettime(CLOCK_MONOTONIC, &start);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &t), 0);
	took = elapsed_since(&start);
	CHECK(took >= 0.095 && took < 2.0);
	CHECK_EQ_INT(ps.fds[0].fd, sv[0]);
	/* In the read set it is readable (a read returns 0 at once). */
	CHECK_EQ_INT(psock_pollset_add(&ps, sv[0], PSOCK_POLL_READ), 0);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &t), 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_READ);
	psock_pollset_free(&ps);
	close(sv[0]);
}

static void closed_descriptor_is_ebadf(void)
{
	psock_pollset ps;
	int sv[2];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	psock_pollset_init(&ps);
	psock_pollset_add(&ps, sv[0], PSOCK_POLL_READ);
	psock_pollset_add(&ps, sv[1], PSOCK_POLL_READ);
	close(sv[1]);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &zero), -EBADF);
	psock_pollset_free(&ps);
	close(sv[0]);
}

static void out_of_band_is_except(void)
{
	psock_pollset ps;
	int lst, cli, srv, one = 1;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	struct timespec t = {2, 0};

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	lst = socket(AF_INET, SOCK_STREAM, 0);
	CHECK_EQ_INT(bind(lst, (struct sockaddr *)&sin, sizeof(sin)), 0);
	CHECK_EQ_INT(listen(lst, 1), 0);
	CHECK_EQ_INT(getsockname(lst, (struct sockaddr *)&sin, &len), 0);
	cli = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(cli, IPPROTO_TCP, 1 /* TCP_NODELAY */, &one, sizeof(one));
	CHECK_EQ_INT(connect(cli, (struct sockaddr *)&sin, sizeof(sin)), 0);
	psock_pollset_init(&ps);
	/* A pending connection makes the listener readable. */
	psock_pollset_add(&ps, lst, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &t), 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_READ);
	psock_pollset_free(&ps);
	srv = accept(lst, NULL, NULL);
	CHECK(srv >= 0);
	psock_pollset_init(&ps);
	psock_pollset_add(&ps, srv, PSOCK_POLL_EXCEPT);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &zero), 0);
	CHECK_EQ_INT(send(cli, "!", 1, MSG_OOB), 1);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &t), 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_EXCEPT);
	psock_pollset_free(&ps);
	close(cli);
	close(srv);
	close(lst);
}

/* Thousands of descriptors, many above 1023, in sets larger than any
 * fd_set: building stays linear and the one ready descriptor is found. */
static void many_descriptors(void)
{
	enum { PAIRS = 3000 };
	struct rlimit rl;
	psock_pollset ps;
	int (*sv)[2] = calloc(PAIRS, sizeof(*sv));
	int n = 0, i, slot, high = 0;

	getrlimit(RLIMIT_NOFILE, &rl);
	if (rl.rlim_cur < 2 * PAIRS + 64 && rl.rlim_max >= 2 * PAIRS + 64) {
		rl.rlim_cur = 2 * PAIRS + 64;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	for (i = 0; i < PAIRS; i++) {
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv[i]) != 0) {
			break;
		}
		n++;
	}
	CHECK(n > 600);
	psock_pollset_init(&ps);
	for (i = 0; i < n; i++) {
		psock_pollset_add(&ps, sv[i][0], PSOCK_POLL_READ);
		psock_pollset_add(&ps, sv[i][0], PSOCK_POLL_EXCEPT);
		high |= sv[i][0] > 1023;
	}
	CHECK(high);
	CHECK_EQ_INT(ps.count, n);
	CHECK_EQ_INT(write(sv[n - 1][1], "x", 1), 1);
	CHECK_EQ_INT(psock_pollset_wait(&ps, &zero), 1);
	slot = psock_pollset_find(&ps, sv[n - 1][0]);
	CHECK_EQ_INT(slot, n - 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, slot), PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), 0);
	for (i = 0; i < n; i++) {
		CHECK_EQ_INT(psock_pollset_find(&ps, sv[i][0]), i);
	}
	psock_pollset_free(&ps);
	for (i = 0; i < n; i++) {
		close(sv[i][0]);
		close(sv[i][1]);
	}
	free(sv);
}

static void timeouts_as_php(void)
{
	struct timespec t;

	CHECK_EQ_INT(psock_select_timeout(0, 0, &t), 0);
	CHECK_EQ_INT(t.tv_sec, 0);
	CHECK_EQ_INT(t.tv_nsec, 0);
	CHECK_EQ_INT(psock_select_timeout(1, 999999, &t), 0);
	CHECK_EQ_INT(t.tv_sec, 1);
	CHECK_EQ_INT(t.tv_nsec, 999999000L);
	/* A million microseconds or more carry into the seconds. */
	CHECK_EQ_INT(psock_select_timeout(0, 2500000, &t), 0);
	CHECK_EQ_INT(t.tv_sec, 2);
	CHECK_EQ_INT(t.tv_nsec, 500000000L);
	/* ... even into negative seconds, which PHP 8.2 accepts then. */
	CHECK_EQ_INT(psock_select_timeout(-1, 2000000, &t), 0);
	CHECK_EQ_INT(t.tv_sec, 1);
	CHECK_EQ_INT(psock_select_timeout(-1, 0, &t), -EINVAL);
	CHECK_EQ_INT(psock_select_timeout(0, -1, &t), -EINVAL);
	CHECK_EQ_INT(psock_select_timeout(LLONG_MAX, 5000000, &t), 0);
	CHECK(t.tv_sec > 1000000000);
}

int main(void)
{
	RUN(duplicates_share_one_slot);
	RUN(empty_set_times_out);
	RUN(hangup_is_readable_only);
	RUN(closed_descriptor_is_ebadf);
	RUN(out_of_band_is_except);
	RUN(many_descriptors);
	RUN(timeouts_as_php);
	UNIT_MAIN_END();
}
