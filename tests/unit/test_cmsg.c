/* SPDX-License-Identifier: BSD-3-Clause */
/* Control messages: the table, building, parsing, and parsing buffers that
 * are truncated or garbage (every buffer here is allocated at its exact
 * length, so AddressSanitizer reports any read outside it). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include "core/cmsg.h"
#include "unit.h"

/* A release callback that records descriptors instead of closing them, so
 * that garbage buffers never close the test's own descriptors. */
typedef struct {
	int fds[64];
	size_t n;
	int do_close;
} recorder;

static void record_fd(int fd, void *arg)
{
	recorder *r = arg;

	if (r->n < sizeof(r->fds) / sizeof(r->fds[0])) {
		r->fds[r->n] = fd;
	}
	r->n++;
	if (r->do_close) {
		close(fd);
	}
}

static int fd_is_open(int fd)
{
	return fcntl(fd, F_GETFD) != -1;
}

static void table_rows(void)
{
	const psock_cmsg_type *t;

	t = psock_cmsg_find(SOL_SOCKET, SCM_RIGHTS);
	CHECK(t != NULL && t->kind == PSOCK_CMSG_FDS && t->size == 0 && t->elem_size == sizeof(int));
	t = psock_cmsg_find(SOL_SOCKET, SCM_CREDENTIALS);
	CHECK(t != NULL && t->kind == PSOCK_CMSG_CRED && t->size == sizeof(struct ucred));
	t = psock_cmsg_find(IPPROTO_IPV6, IPV6_PKTINFO);
	CHECK(t != NULL && t->kind == PSOCK_CMSG_IN6_PKTINFO && t->size == sizeof(struct in6_pktinfo));
	t = psock_cmsg_find(IPPROTO_IPV6, IPV6_HOPLIMIT);
	CHECK(t != NULL && t->kind == PSOCK_CMSG_INT);
	t = psock_cmsg_find(IPPROTO_IPV6, IPV6_TCLASS);
	CHECK(t != NULL && t->kind == PSOCK_CMSG_INT);
	CHECK(psock_cmsg_find(IPPROTO_IPV6, IPV6_RECVPKTINFO) == NULL);
	CHECK(psock_cmsg_find(0, 0) == NULL);
	CHECK(psock_cmsg_find(SOL_SOCKET, 99) == NULL);
}

static void space(void)
{
	size_t out = 0;
	const psock_cmsg_type *fds = psock_cmsg_find(SOL_SOCKET, SCM_RIGHTS);
	const psock_cmsg_type *cred = psock_cmsg_find(SOL_SOCKET, SCM_CREDENTIALS);

	CHECK_EQ_INT(psock_cmsg_space(fds, 0, SIZE_MAX, &out), 0);
	CHECK_EQ_INT(out, CMSG_SPACE(0));
	CHECK_EQ_INT(psock_cmsg_space(fds, 3, SIZE_MAX, &out), 0);
	CHECK_EQ_INT(out, CMSG_SPACE(3 * sizeof(int)));
	/* The count does not matter for a fixed-size type. */
	CHECK_EQ_INT(psock_cmsg_space(cred, 1000, SIZE_MAX, &out), 0);
	CHECK_EQ_INT(out, CMSG_SPACE(sizeof(struct ucred)));
	CHECK_EQ_INT(psock_cmsg_space(fds, SIZE_MAX, SIZE_MAX, &out), -EOVERFLOW);
	CHECK_EQ_INT(psock_cmsg_space(fds, SIZE_MAX / sizeof(int), SIZE_MAX, &out), -EOVERFLOW);
	CHECK_EQ_INT(psock_cmsg_space(fds, 10, CMSG_SPACE(10 * sizeof(int)) - 1, &out), -EOVERFLOW);
	CHECK_EQ_INT(psock_cmsg_space(fds, 10, CMSG_SPACE(10 * sizeof(int)), &out), 0);
	CHECK_EQ_INT(psock_cmsg_space_for(5), CMSG_SPACE(5));
	CHECK_EQ_INT(psock_cmsg_space_for(SIZE_MAX), 0);
	CHECK_EQ_INT(psock_cmsg_space_for(SIZE_MAX - 20), 0);
}

/* Builds one message of every type into buf (of capacity cap); returns the
 * length used. */
static size_t build_all(unsigned char *buf, size_t cap)
{
	psock_cmsg_builder b = {buf, cap, 0};
	unsigned char *data;
	psock_cmsg_cred cred = {1234, 1000, 100};
	psock_cmsg_pktinfo info;

	memset(&info, 0, sizeof(info));
	info.addr[15] = 1;
	info.ifindex = 7;
	CHECK_EQ_INT(psock_cmsg_append(&b, IPPROTO_IPV6, IPV6_PKTINFO, sizeof(struct in6_pktinfo), &data), 0);
	psock_cmsg_put_pktinfo(data, &info);
	CHECK_EQ_INT(psock_cmsg_append(&b, IPPROTO_IPV6, IPV6_HOPLIMIT, sizeof(int), &data), 0);
	psock_cmsg_put_int(data, 64);
	CHECK_EQ_INT(psock_cmsg_append(&b, SOL_SOCKET, SCM_CREDENTIALS, sizeof(struct ucred), &data), 0);
	psock_cmsg_put_cred(data, &cred);
	CHECK_EQ_INT(psock_cmsg_append(&b, SOL_SOCKET, SCM_RIGHTS, 3 * sizeof(int), &data), 0);
	psock_cmsg_put_fd(data, 0, 100);
	psock_cmsg_put_fd(data, 1, 101);
	psock_cmsg_put_fd(data, 2, 102);
	return b.len;
}

static void build_then_parse(void)
{
	unsigned char buf[512];
	size_t len = build_all(buf, sizeof(buf)), need, got;
	psock_cmsg_iter it;
	psock_cmsg_view v;
	psock_cmsg_value val;
	int n = 0;
	recorder r = {{0}, 0, 0};

	CHECK_EQ_INT(len, CMSG_SPACE(sizeof(struct in6_pktinfo)) + CMSG_SPACE(sizeof(int))
			+ CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(3 * sizeof(int)));
	psock_cmsg_iter_init(&it, buf, len);
	while (psock_cmsg_iter_next(&it, &v)) {
		CHECK_EQ_INT(psock_cmsg_decode(&v, &val, &need, &got), 0);
		switch (n++) {
		case 0:
			CHECK(val.type->kind == PSOCK_CMSG_IN6_PKTINFO);
			CHECK_EQ_INT(val.u.pktinfo.addr[15], 1);
			CHECK_EQ_INT(val.u.pktinfo.addr[0], 0);
			CHECK_EQ_INT(val.u.pktinfo.ifindex, 7);
			break;
		case 1:
			CHECK(val.type->kind == PSOCK_CMSG_INT);
			CHECK_EQ_INT(val.u.integer, 64);
			break;
		case 2:
			CHECK(val.type->kind == PSOCK_CMSG_CRED);
			CHECK_EQ_INT(val.u.cred.pid, 1234);
			CHECK_EQ_INT(val.u.cred.uid, 1000);
			CHECK_EQ_INT(val.u.cred.gid, 100);
			break;
		case 3:
			CHECK(val.type->kind == PSOCK_CMSG_FDS);
			CHECK_EQ_INT(val.nfds, 3);
			CHECK_EQ_INT(psock_cmsg_take_fd(&val, 1), 101);
			/* Taken once: the slot is empty now. */
			CHECK_EQ_INT(psock_cmsg_take_fd(&val, 1), -1);
			CHECK_EQ_INT(psock_cmsg_take_fd(&val, 3), -1);
			break;
		}
	}
	CHECK_EQ_INT(n, 4);
	/* The sweep gets the two descriptors nobody took, once. */
	CHECK_EQ_INT(psock_cmsg_close_fds(buf, len, record_fd, &r), 2);
	CHECK_EQ_INT(r.fds[0], 100);
	CHECK_EQ_INT(r.fds[1], 102);
	CHECK_EQ_INT(psock_cmsg_close_fds(buf, len, record_fd, &r), 0);
}

static void builder_never_overflows(void)
{
	unsigned char buf[64];
	psock_cmsg_builder b = {buf, CMSG_SPACE(sizeof(int)) + 4, 0};
	unsigned char *data = NULL;

	memset(buf, 0xAA, sizeof(buf));
	CHECK_EQ_INT(psock_cmsg_append(&b, IPPROTO_IPV6, IPV6_TCLASS, sizeof(int), &data), 0);
	CHECK_EQ_INT(b.len, CMSG_SPACE(sizeof(int)));
	CHECK_EQ_INT(psock_cmsg_append(&b, IPPROTO_IPV6, IPV6_TCLASS, sizeof(int), &data), -ENOSPC);
	CHECK_EQ_INT(b.len, CMSG_SPACE(sizeof(int)));
	/* Nothing was written past the capacity. */
	CHECK_EQ_INT(buf[CMSG_SPACE(sizeof(int))], 0xAA);
	CHECK_EQ_INT(psock_cmsg_append(&b, SOL_SOCKET, SCM_RIGHTS, SIZE_MAX - 3, &data), -EOVERFLOW);
	/* Data left unset is zero, never the buffer's old bytes. */
	b.cap = sizeof(buf);
	CHECK_EQ_INT(psock_cmsg_append(&b, SOL_SOCKET, SCM_CREDENTIALS, sizeof(struct ucred), &data), 0);
	CHECK_EQ_INT(data[0], 0);
	CHECK_EQ_INT(data[sizeof(struct ucred) - 1], 0);
}

/* Every prefix of a well-formed buffer, copied to an allocation of exactly
 * that length: walking, decoding and sweeping stay inside it. */
static void truncated_buffers(void)
{
	unsigned char full[512];
	size_t len = build_all(full, sizeof(full)), cut;

	for (cut = 0; cut <= len; cut++) {
		unsigned char *copy = malloc(cut ? cut : 1);
		psock_cmsg_iter it;
		psock_cmsg_view v;
		psock_cmsg_value val;
		size_t need, got, walked = 0, i;
		recorder r = {{0}, 0, 0};

		memcpy(copy, full, cut);
		psock_cmsg_iter_init(&it, copy, cut);
		while (psock_cmsg_iter_next(&it, &v)) {
			walked++;
			CHECK(v.avail_len <= cut);
			CHECK(v.data_len <= v.avail_len);
			if (psock_cmsg_decode(&v, &val, &need, &got) == 0 && val.type->kind == PSOCK_CMSG_FDS) {
				for (i = 0; i < val.nfds; i++) {
					CHECK(psock_cmsg_take_fd(&val, i) >= 100);
				}
			}
			CHECK(walked <= 4);
		}
		if (cut < CMSG_SPACE(sizeof(struct in6_pktinfo)) && cut >= sizeof(struct cmsghdr)) {
			/* Only the first message is there, and it is too short. */
			CHECK_EQ_INT(walked, 1);
		}
		psock_cmsg_close_fds(copy, cut, record_fd, &r);
		free(copy);
	}
}

/* The first message's header fits but its data does not: decoding says so,
 * with the lengths 8.2 reports. */
static void short_first_message(void)
{
	unsigned char full[64];
	psock_cmsg_builder b = {full, sizeof(full), 0};
	unsigned char *data, *copy;
	size_t need = 0, got = 0;
	psock_cmsg_iter it;
	psock_cmsg_view v;
	psock_cmsg_value val;

	CHECK_EQ_INT(psock_cmsg_append(&b, SOL_SOCKET, SCM_CREDENTIALS, sizeof(struct ucred), &data), 0);
	copy = malloc(20);
	memcpy(copy, full, 20);
	psock_cmsg_iter_init(&it, copy, 20);
	CHECK_EQ_INT(psock_cmsg_iter_next(&it, &v), 1);
	CHECK_EQ_INT(v.cmsg_len, CMSG_LEN(sizeof(struct ucred)));
	CHECK_EQ_INT(v.avail_len, 20);
	CHECK_EQ_INT(psock_cmsg_decode(&v, &val, &need, &got), -EMSGSIZE);
	CHECK_EQ_INT(need, CMSG_LEN(sizeof(struct ucred)));
	CHECK_EQ_INT(got, 20);
	CHECK_EQ_INT(psock_cmsg_iter_next(&it, &v), 0);
	free(copy);
}

static uint32_t rng_state = 12345;

static uint32_t rng(void)
{
	rng_state = rng_state * 1103515245u + 12345u;
	return rng_state >> 8;
}

/* Random bytes, and random headers with lying lengths: whatever the buffer
 * holds, the walk ends, stays inside, and each descriptor slot is seen by
 * the sweep at most once. */
static void garbage_buffers(void)
{
	int round;

	for (round = 0; round < 20000; round++) {
		size_t len = rng() % 200, i, need, got, steps = 0;
		unsigned char *buf = malloc(len ? len : 1);
		psock_cmsg_iter it;
		psock_cmsg_view v;
		psock_cmsg_value val;
		recorder r = {{0}, 0, 0};

		for (i = 0; i < len; i++) {
			buf[i] = (unsigned char)rng();
		}
		/* Plant plausible headers at aligned offsets half of the time. */
		if (round % 2) {
			for (i = 0; i + sizeof(struct cmsghdr) <= len; i += 8 * (1 + rng() % 4)) {
				struct cmsghdr h;
				uint32_t pick = rng() % 6;

				memset(&h, 0, sizeof(h));
				h.cmsg_len = pick == 0 ? rng() : pick == 1 ? (size_t)-1 : rng() % 64;
				h.cmsg_level = rng() % 2 ? SOL_SOCKET : IPPROTO_IPV6;
				h.cmsg_type = (int)(rng() % 3 ? SCM_RIGHTS : rng() % 70);
				memcpy(buf + i, &h, sizeof(h));
			}
		}
		psock_cmsg_iter_init(&it, buf, len);
		while (psock_cmsg_iter_next(&it, &v)) {
			CHECK(v.avail_len <= len);
			CHECK(v.data == NULL || (v.data >= buf && v.data + v.data_len <= buf + len));
			if (psock_cmsg_decode(&v, &val, &need, &got) == 0 && val.type->kind == PSOCK_CMSG_FDS) {
				for (i = 0; i < val.nfds; i++) {
					psock_cmsg_take_fd(&val, i);
				}
			} else if (psock_cmsg_decode(&v, &val, &need, &got) == -EMSGSIZE) {
				CHECK(got < need);
			}
			if (++steps > len) {
				CHECK(!"the walk does not end");
				break;
			}
		}
		/* Everything taken above is -1 now; what remains is swept once. */
		psock_cmsg_close_fds(buf, len, record_fd, &r);
		r.n = 0;
		CHECK_EQ_INT(psock_cmsg_close_fds(buf, len, record_fd, &r), 0);
		free(buf);
	}
	{
		psock_cmsg_iter it;
		psock_cmsg_view v;

		psock_cmsg_iter_init(&it, NULL, 10);
		CHECK_EQ_INT(psock_cmsg_iter_next(&it, &v), 0);
	}
	CHECK_EQ_INT(psock_cmsg_close_fds(NULL, 10, NULL, NULL), 0);
}

/* On random buffers the walk visits exactly the headers glibc's
 * CMSG_FIRSTHDR/CMSG_NXTHDR visit (glibc 2.36 and later, whose CMSG_NXTHDR
 * checks the current length before using it), which is what 8.2 walks. */
static void walk_matches_glibc(void)
{
	int round;

	for (round = 0; round < 20000; round++) {
		size_t len = rng() % 160, i;
		unsigned char *buf = malloc(len ? len : 1);
		struct msghdr msg;
		struct cmsghdr *cm;
		psock_cmsg_iter it;
		psock_cmsg_view v;

		for (i = 0; i < len; i++) {
			buf[i] = (unsigned char)rng();
		}
		for (i = 0; i + sizeof(struct cmsghdr) <= len; i += 8 * (1 + rng() % 3)) {
			size_t l = rng() % 48;
			memcpy(buf + i, &l, sizeof(l));
		}
		memset(&msg, 0, sizeof(msg));
		msg.msg_control = buf;
		msg.msg_controllen = len;
		psock_cmsg_iter_init(&it, buf, len);
		for (cm = CMSG_FIRSTHDR(&msg); cm != NULL; cm = CMSG_NXTHDR(&msg, cm)) {
			if (!psock_cmsg_iter_next(&it, &v)) {
				CHECK(!"our walk ended before glibc's");
				break;
			}
			CHECK(v.data == NULL || v.data == CMSG_DATA(cm));
			CHECK_EQ_INT(v.cmsg_len, cm->cmsg_len);
		}
		CHECK_EQ_INT(psock_cmsg_iter_next(&it, &v), 0);
		free(buf);
	}
}

/* Sends descriptors through the kernel and walks what it returns. */
static int send_fds(int sock, const int *fds, size_t n)
{
	unsigned char ctl[256];
	psock_cmsg_builder b = {ctl, sizeof(ctl), 0};
	unsigned char *data;
	struct msghdr msg;
	struct iovec iov;
	char byte = 'x';
	size_t i;

	if (psock_cmsg_append(&b, SOL_SOCKET, SCM_RIGHTS, n * sizeof(int), &data) != 0) {
		return -1;
	}
	for (i = 0; i < n; i++) {
		psock_cmsg_put_fd(data, i, fds[i]);
	}
	memset(&msg, 0, sizeof(msg));
	iov.iov_base = &byte;
	iov.iov_len = 1;
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = ctl;
	msg.msg_controllen = b.len;
	return (int)sendmsg(sock, &msg, 0);
}

static ssize_t recv_ctl(int sock, unsigned char *ctl, size_t cap, size_t *ctllen, int *flags)
{
	struct msghdr msg;
	struct iovec iov;
	char byte;
	ssize_t rc;

	memset(&msg, 0, sizeof(msg));
	iov.iov_base = &byte;
	iov.iov_len = 1;
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = ctl;
	msg.msg_controllen = cap;
	rc = recvmsg(sock, &msg, 0);
	*ctllen = msg.msg_controllen;
	*flags = msg.msg_flags;
	return rc;
}

static void kernel_round_trip(void)
{
	int sv[2], p[2], fds[3];
	unsigned char ctl[256];
	size_t ctllen, need, got;
	int flags, n = 0, a, b2;
	psock_cmsg_iter it;
	psock_cmsg_view v;
	psock_cmsg_value val;
	char c = 0;

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
	CHECK_EQ_INT(pipe(p), 0);
	fds[0] = p[0];
	fds[1] = p[1];
	CHECK_EQ_INT(send_fds(sv[0], fds, 2), 1);
	CHECK_EQ_INT(recv_ctl(sv[1], ctl, sizeof(ctl), &ctllen, &flags), 1);
	CHECK_EQ_INT(flags & MSG_CTRUNC, 0);
	psock_cmsg_iter_init(&it, ctl, ctllen);
	while (psock_cmsg_iter_next(&it, &v)) {
		n++;
		CHECK_EQ_INT(psock_cmsg_decode(&v, &val, &need, &got), 0);
		CHECK_EQ_INT(val.nfds, 2);
		a = psock_cmsg_take_fd(&val, 0);
		b2 = psock_cmsg_take_fd(&val, 1);
		/* The received pair is the same pipe. */
		CHECK_EQ_INT(write(b2, "z", 1), 1);
		CHECK_EQ_INT(read(a, &c, 1), 1);
		CHECK_EQ_INT(c, 'z');
		close(a);
		close(b2);
	}
	CHECK_EQ_INT(n, 1);

	/* Three descriptors into room for two (MSG_CTRUNC): the kernel installs
	 * two, and the sweep closes both. */
	fds[2] = p[0];
	CHECK_EQ_INT(send_fds(sv[0], fds, 3), 1);
	CHECK_EQ_INT(recv_ctl(sv[1], ctl, CMSG_SPACE(sizeof(int)), &ctllen, &flags), 1);
	CHECK(flags & MSG_CTRUNC);
	{
		recorder r = {{0}, 0, 1};
		CHECK_EQ_INT(psock_cmsg_close_fds(ctl, ctllen, record_fd, &r), 2);
		CHECK(!fd_is_open(r.fds[0]) && !fd_is_open(r.fds[1]));
	}

	/* Credentials first, then a descriptor array cut short: the walk (as
	 * glibc's CMSG_NXTHDR) hands out both, the second with the one
	 * descriptor that arrived; untaken, the sweep closes it. */
	{
		int on = 1;
		recorder r = {{0}, 0, 1};
		size_t cap = CMSG_SPACE(sizeof(struct ucred)) + CMSG_LEN(sizeof(int));

		CHECK_EQ_INT(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)), 0);
		CHECK_EQ_INT(send_fds(sv[0], fds, 2), 1);
		CHECK_EQ_INT(recv_ctl(sv[1], ctl, cap, &ctllen, &flags), 1);
		CHECK(flags & MSG_CTRUNC);
		n = 0;
		psock_cmsg_iter_init(&it, ctl, ctllen);
		while (psock_cmsg_iter_next(&it, &v)) {
			n++;
			CHECK_EQ_INT(psock_cmsg_decode(&v, &val, &need, &got), 0);
			if (n == 1) {
				CHECK(val.type->kind == PSOCK_CMSG_CRED);
				CHECK_EQ_INT(val.u.cred.pid, getpid());
			} else {
				CHECK(val.type->kind == PSOCK_CMSG_FDS);
				CHECK_EQ_INT(v.cmsg_len, CMSG_LEN(sizeof(int)));
				CHECK_EQ_INT(val.nfds, 1);
			}
		}
		CHECK_EQ_INT(n, 2);
		CHECK_EQ_INT(psock_cmsg_close_fds(ctl, ctllen, record_fd, &r), 1);
		CHECK(!fd_is_open(r.fds[0]));
	}
	close(p[0]);
	close(p[1]);
	close(sv[0]);
	close(sv[1]);
}

int main(void)
{
	RUN(table_rows);
	RUN(space);
	RUN(build_then_parse);
	RUN(builder_never_overflows);
	RUN(truncated_buffers);
	RUN(short_first_message);
	RUN(garbage_buffers);
	RUN(walk_matches_glibc);
	RUN(kernel_round_trip);
	UNIT_MAIN_END();
}
