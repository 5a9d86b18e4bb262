/* SPDX-License-Identifier: BSD-3-Clause */
/* The growable iovec vector: bounds, growth, delete, set, and one readv/writev. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "core/iov.h"
#include "unit.h"

/* Fills buffer i with the byte 'a' + i so a test can see which buffer is where. */
static void fill_marked(psock_iov *v)
{
	size_t i;

	for (i = 0; i < v->count; i++) {
		memset(v->vec[i].iov_base, 'a' + (int)i, v->vec[i].iov_len);
	}
}

/* Checks that buffer index has length len and holds only byte c. */
static int buffer_is(const psock_iov *v, size_t index, size_t len, char c)
{
	const void *data;
	size_t have, i;

	if (psock_iov_get(v, index, &data, &have) != 0 || have != len) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (((const char *)data)[i] != c) {
			return 0;
		}
	}
	return 1;
}

static void add_zero_filled(void)
{
	psock_iov v;

	psock_iov_init(&v, NULL);
	CHECK_EQ_INT(v.count, 0);
	CHECK_EQ_INT(psock_iov_add(&v, 10), 0);
	CHECK_EQ_INT(psock_iov_add(&v, 0), 0);
	CHECK_EQ_INT(psock_iov_add(&v, 3), 0);
	CHECK_EQ_INT(v.count, 3);
	CHECK(buffer_is(&v, 0, 10, 0));
	CHECK(buffer_is(&v, 1, 0, 0));
	CHECK(buffer_is(&v, 2, 3, 0));
	CHECK(v.vec[1].iov_base == NULL);
	CHECK_EQ_INT(psock_iov_total(&v), 13);
	psock_iov_release(&v);
	CHECK_EQ_INT(v.count, 0);
	CHECK(v.vec == NULL);
	/* A released vector is empty and usable again. */
	CHECK_EQ_INT(psock_iov_add(&v, 1), 0);
	psock_iov_release(&v);
}

static void length_limit(void)
{
	psock_iov v;

	psock_iov_init(&v, NULL);
	CHECK_EQ_INT(psock_iov_add(&v, PSOCK_IOV_LEN_MAX + 1), -EMSGSIZE);
	CHECK_EQ_INT(psock_iov_add(&v, (size_t)-1), -EMSGSIZE);
	CHECK_EQ_INT(v.count, 0);
	/* A rejected length allocates nothing, not even the entry array. */
	CHECK(v.vec == NULL);
	/* The limit itself is allowed; calloc maps it without touching it. */
	CHECK_EQ_INT(psock_iov_add(&v, PSOCK_IOV_LEN_MAX), 0);
	CHECK_EQ_INT(v.vec[0].iov_len, PSOCK_IOV_LEN_MAX);
	CHECK_EQ_INT(psock_iov_set(&v, 0, "x", PSOCK_IOV_LEN_MAX + 1), -EMSGSIZE);
	CHECK_EQ_INT(v.vec[0].iov_len, PSOCK_IOV_LEN_MAX);
	psock_iov_release(&v);
}

static void grows_to_iov_max_and_stops(void)
{
	psock_iov v;
	size_t i;
	int ok = 1;

	CHECK_EQ_INT(PSOCK_IOV_MAX, 1024);
	psock_iov_init(&v, NULL);
	for (i = 0; i < PSOCK_IOV_MAX; i++) {
		ok &= psock_iov_add(&v, i % 7) == 0;
	}
	CHECK(ok);
	CHECK_EQ_INT(v.count, PSOCK_IOV_MAX);
	CHECK(v.capacity <= PSOCK_IOV_MAX);
	CHECK_EQ_INT(psock_iov_add(&v, 1), -E2BIG);
	CHECK_EQ_INT(psock_iov_add(&v, 0), -E2BIG);
	CHECK_EQ_INT(v.count, PSOCK_IOV_MAX);
	for (i = 0; i < PSOCK_IOV_MAX; i++) {
		ok &= v.vec[i].iov_len == i % 7;
	}
	CHECK(ok);
	/* After a delete there is room for exactly one more. */
	CHECK_EQ_INT(psock_iov_delete(&v, 0), 0);
	CHECK_EQ_INT(psock_iov_add(&v, 2), 0);
	CHECK_EQ_INT(psock_iov_add(&v, 2), -E2BIG);
	psock_iov_release(&v);
}

static void delete_first_middle_last(void)
{
	psock_iov v;
	size_t i;

	psock_iov_init(&v, NULL);
	for (i = 0; i < 5; i++) {
		CHECK_EQ_INT(psock_iov_add(&v, i + 1), 0);
	}
	fill_marked(&v);                       /* a:1 b:2 c:3 d:4 e:5 */

	CHECK_EQ_INT(psock_iov_delete(&v, 0), 0);   /* b c d e */
	CHECK_EQ_INT(v.count, 4);
	CHECK(buffer_is(&v, 0, 2, 'b'));
	CHECK(buffer_is(&v, 1, 3, 'c'));
	CHECK(buffer_is(&v, 2, 4, 'd'));
	CHECK(buffer_is(&v, 3, 5, 'e'));

	CHECK_EQ_INT(psock_iov_delete(&v, 1), 0);   /* b d e */
	CHECK_EQ_INT(v.count, 3);
	CHECK(buffer_is(&v, 0, 2, 'b'));
	CHECK(buffer_is(&v, 1, 4, 'd'));
	CHECK(buffer_is(&v, 2, 5, 'e'));

	CHECK_EQ_INT(psock_iov_delete(&v, 2), 0);   /* b d */
	CHECK_EQ_INT(v.count, 2);
	CHECK(buffer_is(&v, 0, 2, 'b'));
	CHECK(buffer_is(&v, 1, 4, 'd'));

	CHECK_EQ_INT(psock_iov_delete(&v, 2), -ERANGE);
	CHECK_EQ_INT(psock_iov_delete(&v, (size_t)-1), -ERANGE);
	CHECK_EQ_INT(v.count, 2);

	CHECK_EQ_INT(psock_iov_delete(&v, 1), 0);
	CHECK_EQ_INT(psock_iov_delete(&v, 0), 0);
	CHECK_EQ_INT(v.count, 0);
	CHECK_EQ_INT(psock_iov_delete(&v, 0), -ERANGE);
	/* Adding after emptying reuses the array. */
	CHECK_EQ_INT(psock_iov_add(&v, 4), 0);
	CHECK(buffer_is(&v, 0, 4, 0));
	psock_iov_release(&v);
}

static void set_and_get(void)
{
	psock_iov v;
	const void *data;
	size_t len;

	psock_iov_init(&v, NULL);
	CHECK_EQ_INT(psock_iov_get(&v, 0, &data, &len), -ERANGE);
	CHECK_EQ_INT(psock_iov_set(&v, 0, "x", 1), -ERANGE);
	CHECK_EQ_INT(psock_iov_add(&v, 2), 0);
	CHECK_EQ_INT(psock_iov_add(&v, 2), 0);
	CHECK_EQ_INT(psock_iov_set(&v, 1, "hello", 5), 0);
	CHECK_EQ_INT(psock_iov_get(&v, 1, &data, &len), 0);
	CHECK_EQ_INT(len, 5);
	CHECK(memcmp(data, "hello", 5) == 0);
	CHECK(buffer_is(&v, 0, 2, 0));
	/* Shrinking to nothing and growing again. */
	CHECK_EQ_INT(psock_iov_set(&v, 1, "", 0), 0);
	CHECK(buffer_is(&v, 1, 0, 0));
	CHECK_EQ_INT(psock_iov_set(&v, 1, "ab\0c", 4), 0);
	CHECK_EQ_INT(psock_iov_get(&v, 1, &data, &len), 0);
	CHECK_EQ_INT(len, 4);
	CHECK(memcmp(data, "ab\0c", 4) == 0);
	CHECK_EQ_INT(psock_iov_set(&v, 2, "x", 1), -ERANGE);
	CHECK_EQ_INT(psock_iov_total(&v), 6);
	psock_iov_release(&v);
}

/* An allocator that fails after a number of successful calls. */
static int alloc_budget;

static void *budget_alloc(size_t n)
{
	return alloc_budget-- > 0 ? malloc(n) : NULL;
}

static void *budget_zalloc(size_t n)
{
	return alloc_budget-- > 0 ? calloc(1, n) : NULL;
}

static void *budget_realloc(void *p, size_t n)
{
	return alloc_budget-- > 0 ? realloc(p, n) : NULL;
}

static const psock_iov_allocator budget = { budget_alloc, budget_zalloc, budget_realloc, free };

static void allocation_failure_leaves_vector_intact(void)
{
	psock_iov v;
	size_t i;

	psock_iov_init(&v, &budget);
	alloc_budget = 0;
	CHECK_EQ_INT(psock_iov_add(&v, 1), -ENOMEM);      /* entry array */
	CHECK_EQ_INT(v.count, 0);
	alloc_budget = 1;
	CHECK_EQ_INT(psock_iov_add(&v, 1), -ENOMEM);      /* buffer */
	CHECK_EQ_INT(v.count, 0);
	alloc_budget = 100;
	for (i = 0; i < 4; i++) {
		CHECK_EQ_INT(psock_iov_add(&v, 3), 0);
	}
	fill_marked(&v);
	alloc_budget = 0;
	CHECK_EQ_INT(psock_iov_add(&v, 1), -ENOMEM);      /* growing 4 -> 8 */
	CHECK_EQ_INT(psock_iov_set(&v, 2, "xyz", 3), -ENOMEM);
	CHECK_EQ_INT(psock_iov_add(&v, 0), -ENOMEM);      /* still needs the entry */
	CHECK_EQ_INT(v.count, 4);
	for (i = 0; i < 4; i++) {
		CHECK(buffer_is(&v, i, 3, 'a' + (int)i));
	}
	/* Zero-length buffers need no memory of their own. */
	CHECK_EQ_INT(psock_iov_set(&v, 2, "", 0), 0);
	CHECK(buffer_is(&v, 2, 0, 0));
	psock_iov_release(&v);
}

static void readv_writev_one_call(void)
{
	psock_iov out, in;
	int sv[2];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	psock_iov_init(&out, NULL);
	psock_iov_init(&in, NULL);
	CHECK_EQ_INT(psock_iov_add(&out, 0), 0);
	CHECK_EQ_INT(psock_iov_add(&out, 0), 0);
	CHECK_EQ_INT(psock_iov_add(&out, 0), 0);
	CHECK_EQ_INT(psock_iov_set(&out, 0, "head", 4), 0);
	CHECK_EQ_INT(psock_iov_set(&out, 2, "body!", 5), 0);
	CHECK_EQ_INT(psock_iov_writev(sv[0], &out), 9);

	CHECK_EQ_INT(psock_iov_add(&in, 3), 0);
	CHECK_EQ_INT(psock_iov_add(&in, 4), 0);
	CHECK_EQ_INT(psock_iov_add(&in, 6), 0);
	CHECK_EQ_INT(psock_iov_set(&in, 2, "ZZZZZZ", 6), 0);
	/* 9 bytes into 3 + 4 + 6: the last buffer gets 2, keeps "ZZZZ" after. */
	CHECK_EQ_INT(psock_iov_readv(sv[1], &in), 9);
	CHECK(memcmp(in.vec[0].iov_base, "hea", 3) == 0);
	CHECK(memcmp(in.vec[1].iov_base, "dbod", 4) == 0);
	CHECK(memcmp(in.vec[2].iov_base, "y!ZZZZ", 6) == 0);

	/* Non-blocking with nothing there. */
	CHECK_EQ_INT(fcntl(sv[1], F_SETFL, O_NONBLOCK), 0);
	CHECK_EQ_INT(psock_iov_readv(sv[1], &in), -EAGAIN);
	/* End of stream. */
	close(sv[0]);
	CHECK_EQ_INT(psock_iov_readv(sv[1], &in), 0);
	close(sv[1]);
	/* A closed descriptor. */
	CHECK_EQ_INT(psock_iov_readv(sv[1], &in), -EBADF);
	CHECK_EQ_INT(psock_iov_writev(sv[1], &out), -EBADF);
	psock_iov_release(&out);
	psock_iov_release(&in);
}

static void empty_vector_transfers_nothing(void)
{
	psock_iov v;
	int sv[2];

	CHECK_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	psock_iov_init(&v, NULL);
	CHECK_EQ_INT(psock_iov_writev(sv[0], &v), 0);
	CHECK_EQ_INT(psock_iov_readv(sv[1], &v), 0);
	close(sv[0]);
	close(sv[1]);
}

int main(void)
{
	RUN(add_zero_filled);
	RUN(length_limit);
	RUN(grows_to_iov_max_and_stops);
	RUN(delete_first_middle_last);
	RUN(set_and_get);
	RUN(allocation_failure_leaves_vector_intact);
	RUN(readv_writev_one_call);
	RUN(empty_vector_transfers_nothing);
	UNIT_MAIN_END();
}
