/* SPDX-License-Identifier: BSD-3-Clause */
/* socket_select()'s epoll backend: the kept set, its maintenance in
 * proportion to change, and every way a registration can go stale. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "core/epollset.h"
#include "unit.h"

static const struct timespec zero = {0, 0};

static double elapsed_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* Owner tokens: any non-zero value naming an object. */
#define OWNER(i) ((uintptr_t)0x1000 + (uintptr_t)(i))

static void add_all(psock_pollset *ps, const int *fds, int n, unsigned interest)
{
	int i;

	psock_pollset_reset(ps);
	for (i = 0; i < n; i++) {
		psock_pollset_add_owned(ps, fds[i], interest, OWNER(fds[i]));
	}
}

static void steady_loop_makes_no_epoll_ctl(void)
{
	psock_pollset ps;
	psock_epollset es;
	int fds[200], i, k;
	unsigned long ctl;

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	for (i = 0; i < 200; i += 2) {
		CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds + i), 0);
	}
	CHECK_EQ_INT(write(fds[101], "x", 1), 1);
	add_all(&ps, fds, 200, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	CHECK_EQ_INT(ps.ready_count, 1);
	CHECK_EQ_INT(ps.ready_slots[0], 100);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 100), PSOCK_POLL_READ);
	ctl = es.ctl_calls;
	CHECK_EQ_INT(ctl, 200);
	for (k = 0; k < 10; k++) {
		add_all(&ps, fds, 200, PSOCK_POLL_READ);
		CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
		CHECK_EQ_INT(ps.ready_slots[0], 100);
	}
	CHECK_EQ_INT(es.ctl_calls, ctl);
	/* One socket asked for writing too: one epoll_ctl(). */
	add_all(&ps, fds, 200, PSOCK_POLL_READ);
	psock_pollset_add_owned(&ps, fds[7], PSOCK_POLL_WRITE, OWNER(fds[7]));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 2);
	CHECK_EQ_INT(es.ctl_calls, ctl + 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 7), PSOCK_POLL_WRITE);
	/* Not asked for any more: removed when epoll next reports it, and not
	 * returned. */
	add_all(&ps, fds, 200, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	psock_pollset_reset(&ps);
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_READ, OWNER(fds[0]));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 0);
	CHECK_EQ_INT(es.registered, 199);
	CHECK_EQ_INT(es.rebuilds, 0);
	for (i = 0; i < 200; i++) {
		psock_epollset_forget(&es, fds[i], OWNER(fds[i]));
		close(fds[i]);
	}
	CHECK_EQ_INT(es.registered, 0);
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
}

static void number_reused_after_forget(void)
{
	psock_pollset ps;
	psock_epollset es;
	int a[2], b[2];

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, a), 0);
	CHECK_EQ_INT(write(a[1], "x", 1), 1);
	add_all(&ps, a, 1, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	psock_epollset_forget(&es, a[0], OWNER(a[0]));
	close(a[0]);
	/* The same number, a new socket, nothing to read. */
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, b), 0);
	CHECK_EQ_INT(b[0], a[0]);
	psock_pollset_reset(&ps);
	psock_pollset_add_owned(&ps, b[0], PSOCK_POLL_READ, OWNER(1000));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 0);
	CHECK_EQ_INT(write(b[1], "y", 1), 1);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	CHECK_EQ_INT(es.rebuilds, 0);
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	close(a[1]);
	close(b[0]);
	close(b[1]);
}

/* A descriptor closed behind the set's back while its file lives on (here
 * through a dup, as another process would hold it after fork()), the
 * number then reused: epoll reports the old file under the number, poll()
 * does not confirm it, the set is rebuilt, and the wait goes on for the
 * time left. */
static void stale_entry_is_confirmed_away(void)
{
	psock_pollset ps;
	psock_epollset es;
	int a[2], b[2], keep, rc;
	struct timespec start, t = {0, 120 * 1000000L};
	double took;

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, a), 0);
	add_all(&ps, a, 1, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 0);
	keep = dup(a[0]);
	close(a[0]); /* no forget: the set does not know */
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, b), 0);
	CHECK_EQ_INT(b[0], a[0]);
	CHECK_EQ_INT(write(a[1], "old", 3), 3); /* the old file is readable */
	psock_pollset_reset(&ps);
	/* The same owner token on purpose: the table cannot tell. */
	psock_pollset_add_owned(&ps, b[0], PSOCK_POLL_READ, OWNER(a[0]));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 0);
	CHECK_EQ_INT(es.rebuilds, 1);
	clock_gettime(CLOCK_MONOTONIC, &start);
	rc = psock_epollset_wait(&es, &ps, &t);
	took = elapsed_since(&start);
	CHECK_EQ_INT(rc, 0);
	CHECK(took >= 0.119 && took < 0.6);
	CHECK_EQ_INT(write(b[1], "new", 3), 3);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &t), 1);
	/* The same again, but the wait starts with the timeout: the stale
	 * report costs no time and does not end the wait. */
	psock_epollset_forget(&es, b[0], OWNER(a[0]));
	CHECK_EQ_INT(read(b[0], (char[4]){0}, 4), 3);
	psock_pollset_reset(&ps);
	psock_pollset_add_owned(&ps, b[0], PSOCK_POLL_READ, OWNER(a[0]));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 0);
	{
		int keep2 = dup(b[0]), c[2];

		close(b[0]);
		CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, c), 0);
		CHECK_EQ_INT(c[0], b[0]);
		CHECK_EQ_INT(write(b[1], "old", 3), 3);
		clock_gettime(CLOCK_MONOTONIC, &start);
		rc = psock_epollset_wait(&es, &ps, &t);
		took = elapsed_since(&start);
		CHECK_EQ_INT(rc, 0);
		CHECK(took >= 0.119 && took < 0.6);
		CHECK_EQ_INT(es.rebuilds, 2);
		close(keep2);
		close(c[0]);
		close(c[1]);
	}
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	close(keep);
	close(a[1]);
	close(b[1]);
}

static void fork_child_builds_its_own_set(void)
{
	psock_pollset ps;
	psock_epollset es;
	int a[2], b[2], both[2], status;
	pid_t pid;

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, a), 0);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, b), 0);
	both[0] = a[0];
	both[1] = b[0];
	CHECK_EQ_INT(write(a[1], "x", 1), 1);
	add_all(&ps, both, 2, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	pid = fork();
	if (pid == 0) {
		int bad = 0;

		/* The child closes a registered socket before it selects: the
		 * parent's registration must stay. */
		psock_epollset_forget(&es, a[0], OWNER(a[0]));
		close(a[0]);
		bad |= es.forks != 1;
		psock_pollset_reset(&ps);
		psock_pollset_add_owned(&ps, b[0], PSOCK_POLL_READ, OWNER(b[0]));
		bad |= psock_epollset_wait(&es, &ps, &zero) != 0;
		bad |= write(b[1], "y", 1) != 1;
		bad |= psock_epollset_wait(&es, &ps, &zero) != 1;
		bad |= read(b[0], (char[2]){0}, 2) != 1;
		_exit(bad);
	}
	CHECK(pid > 0);
	CHECK_EQ_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	add_all(&ps, both, 2, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_READ);
	CHECK_EQ_INT(es.forks, 0);
	CHECK_EQ_INT(es.rebuilds, 0);
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	close(a[0]);
	close(a[1]);
	close(b[0]);
	close(b[1]);
}

/* A stand-in for epoll_ctl() that refuses what the test asks it to. */
static int refuse_fd = -1, refuse_err;
static int refusing_ctl(int epfd, int op, int fd, struct epoll_event *ev)
{
	if (fd == refuse_fd && op != EPOLL_CTL_DEL) {
		return -refuse_err;
	}
	return epoll_ctl(epfd, op, fd, ev) < 0 ? -errno : 0;
}

static void eperm_stays_on_poll(void)
{
	psock_pollset ps;
	psock_epollset es;
	int fds[4];
	unsigned long ctl;

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	es.ctl = refusing_ctl;
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds + 2), 0);
	refuse_fd = fds[0];
	refuse_err = EPERM;
	CHECK_EQ_INT(write(fds[1], "x", 1), 1);
	add_all(&ps, fds, 4, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_READ);
	CHECK_EQ_INT(es.rows[fds[0]].state, PSOCK_EPOLL_ROW_POLL_ONLY);
	ctl = es.ctl_calls;
	CHECK_EQ_INT(write(fds[3], "x", 1), 1);
	add_all(&ps, fds, 4, PSOCK_POLL_READ);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 2);
	CHECK_EQ_INT(es.ctl_calls, ctl);
	/* A wait on both kinds: data arriving later on the poll()-path one
	 * ends it. */
	{
		struct timespec t = {2, 0};
		char c;
		pid_t pid;

		CHECK_EQ_INT(read(fds[0], &c, 1), 1);
		CHECK_EQ_INT(read(fds[2], &c, 1), 1);
		pid = fork();
		if (pid == 0) {
			usleep(50000);
			_exit(write(fds[1], "z", 1) != 1);
		}
		add_all(&ps, fds, 4, PSOCK_POLL_READ);
		CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &t), 1);
		CHECK_EQ_INT(psock_pollset_ready(&ps, 0), PSOCK_POLL_READ);
		waitpid(pid, NULL, 0);
	}
	refuse_fd = -1;
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	for (int i = 0; i < 4; i++) {
		close(fds[i]);
	}
}

static void enomem_and_enospc_fall_back(void)
{
	static const int errs[] = {ENOMEM, ENOSPC, EINVAL};
	psock_pollset ps;
	psock_epollset es;
	int fds[2];
	size_t i;

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
	CHECK_EQ_INT(write(fds[1], "x", 1), 1);
	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++) {
		psock_pollset_init(&ps);
		psock_epollset_init(&es);
		es.ctl = refusing_ctl;
		refuse_fd = fds[0];
		refuse_err = errs[i];
		add_all(&ps, fds, 2, PSOCK_POLL_READ);
		CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), PSOCK_EPOLL_USE_POLL);
		CHECK_EQ_INT(es.fallbacks, 1);
		CHECK_EQ_INT(psock_pollset_wait(&ps, &zero), 1);
		/* The next call, with the kernel willing again, uses epoll. */
		refuse_fd = -1;
		add_all(&ps, fds, 2, PSOCK_POLL_READ);
		CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
		psock_epollset_free(&es);
		psock_pollset_free(&ps);
	}
	close(fds[0]);
	close(fds[1]);
}

static void closed_descriptor_is_ebadf(void)
{
	psock_pollset ps;
	psock_epollset es;
	int fds[2], gone;

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
	/* The instance first, so that it does not take the closed number. */
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_READ, OWNER(1));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 0);
	gone = dup(fds[0]);
	close(gone);
	psock_pollset_reset(&ps);
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_READ, OWNER(1));
	psock_pollset_add_owned(&ps, gone, PSOCK_POLL_READ, OWNER(2));
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), -EBADF);
	/* On the poll() path too (owner 0: a socket shared with a stream). */
	psock_pollset_reset(&ps);
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_READ, OWNER(1));
	psock_pollset_add_owned(&ps, gone, PSOCK_POLL_READ, 0);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), -EBADF);
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	close(fds[0]);
	close(fds[1]);
}

static void two_owners_of_one_descriptor_use_poll(void)
{
	psock_pollset ps;
	psock_epollset es;
	int fds[2];

	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_READ, OWNER(1));
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_WRITE, OWNER(2));
	CHECK_EQ_INT(ps.owner[0], 0);
	CHECK_EQ_INT(psock_epollset_wait(&es, &ps, &zero), 1);
	CHECK_EQ_INT(es.registered, 0);
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	close(fds[0]);
	close(fds[1]);
}

static void on_signal(int sig)
{
	(void)sig; /* it only has to interrupt the wait */
}

static void interrupted_wait_is_eintr(void)
{
	psock_pollset ps;
	psock_epollset es;
	int fds[2], rc;
	struct timespec t = {5, 0};
	struct sigaction sa;
	pid_t pid, parent = getpid();

	memset(&sa, 0, sizeof(sa));
	psock_pollset_init(&ps);
	psock_epollset_init(&es);
	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
	{
		struct sigaction handler;

		memset(&handler, 0, sizeof(handler));
		handler.sa_handler = on_signal;
		sigaction(SIGUSR1, &handler, &sa);
	}
	pid = fork();
	if (pid == 0) {
		for (int i = 0; i < 200; i++) {
			usleep(10000);
			kill(parent, SIGUSR1);
		}
		_exit(0);
	}
	psock_pollset_add_owned(&ps, fds[0], PSOCK_POLL_READ, OWNER(1));
	rc = psock_epollset_wait(&es, &ps, &t);
	CHECK_EQ_INT(rc, -EINTR);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	sigaction(SIGUSR1, &sa, NULL);
	psock_epollset_free(&es);
	psock_pollset_free(&ps);
	close(fds[0]);
	close(fds[1]);
}

int main(void)
{
	RUN(steady_loop_makes_no_epoll_ctl);
	RUN(number_reused_after_forget);
	RUN(stale_entry_is_confirmed_away);
	RUN(fork_child_builds_its_own_set);
	RUN(eperm_stays_on_poll);
	RUN(enomem_and_enospc_fall_back);
	RUN(closed_descriptor_is_ebadf);
	RUN(two_owners_of_one_descriptor_use_poll);
	RUN(interrupted_wait_is_eintr);
	UNIT_MAIN_END();
}
