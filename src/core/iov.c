/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The growable iovec vector behind socket_iovec_* (see iov.h).
 *
 * Each operation allocates everything it needs before it changes the
 * vector, so an allocation that fails (or, with PHP's allocator, never
 * returns) leaves a vector that is still complete and freeable.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/iov.h"

/* The first allocation of the entry array; it then doubles up to
 * PSOCK_IOV_MAX, so a vector never holds more entries than readv() takes. */
#define PSOCK_IOV_FIRST_CAPACITY 4

static void *libc_zalloc(size_t size)
{
	/* calloc() of a large block maps fresh zero pages instead of writing
	 * zeros, so an unused large buffer costs no memory. */
	return calloc(1, size);
}

static const psock_iov_allocator libc_allocator = {
	malloc, libc_zalloc, realloc, free
};

void psock_iov_init(psock_iov *v, const psock_iov_allocator *mem)
{
	v->vec = NULL;
	v->count = 0;
	v->capacity = 0;
	v->mem = mem ? mem : &libc_allocator;
}

void psock_iov_release(psock_iov *v)
{
	size_t i;

	for (i = 0; i < v->count; i++) {
		if (v->vec[i].iov_base) {
			v->mem->free(v->vec[i].iov_base);
		}
	}
	if (v->vec) {
		v->mem->free(v->vec);
	}
	v->vec = NULL;
	v->count = 0;
	v->capacity = 0;
}

/* A zero-filled copy of len bytes (NULL for len 0, which readv() and
 * writev() accept together with a zero length). */
static int buffer_new(const psock_iov *v, const void *data, size_t len, void **out)
{
	void *buf;

	*out = NULL;
	if (len > PSOCK_IOV_LEN_MAX) {
		return -EMSGSIZE;
	}
	if (len == 0) {
		return 0;
	}
	buf = data ? v->mem->alloc(len) : v->mem->zalloc(len);
	if (buf == NULL) {
		return -ENOMEM;
	}
	if (data) {
		memcpy(buf, data, len);
	}
	*out = buf;
	return 0;
}

/* Makes room for one more entry. */
static int reserve_one(psock_iov *v)
{
	size_t want;
	struct iovec *grown;

	if (v->count >= PSOCK_IOV_MAX) {
		return -E2BIG;
	}
	if (v->count < v->capacity) {
		return 0;
	}
	want = v->capacity ? v->capacity * 2 : PSOCK_IOV_FIRST_CAPACITY;
	if (want > PSOCK_IOV_MAX) {
		want = PSOCK_IOV_MAX;
	}
	grown = v->vec ? v->mem->realloc(v->vec, want * sizeof(*grown))
		: v->mem->alloc(want * sizeof(*grown));
	if (grown == NULL) {
		return -ENOMEM;
	}
	v->vec = grown;
	v->capacity = want;
	return 0;
}

int psock_iov_add(psock_iov *v, size_t len)
{
	void *buf;
	int rc;

	/* Checked before any allocation: a bad length must not grow the array. */
	if (len > PSOCK_IOV_LEN_MAX) {
		return -EMSGSIZE;
	}
	rc = reserve_one(v);
	if (rc < 0) {
		return rc;
	}
	rc = buffer_new(v, NULL, len, &buf);
	if (rc < 0) {
		return rc;
	}
	v->vec[v->count].iov_base = buf;
	v->vec[v->count].iov_len = len;
	v->count++;
	return 0;
}

int psock_iov_delete(psock_iov *v, size_t index)
{
	if (index >= v->count) {
		return -ERANGE;
	}
	if (v->vec[index].iov_base) {
		v->mem->free(v->vec[index].iov_base);
	}
	/* The later entries move down as a block: their buffers are not
	 * touched, only the pointers to them. */
	memmove(&v->vec[index], &v->vec[index + 1], (v->count - index - 1) * sizeof(*v->vec));
	v->count--;
	return 0;
}

int psock_iov_set(psock_iov *v, size_t index, const void *data, size_t len)
{
	void *buf;
	int rc;

	if (index >= v->count) {
		return -ERANGE;
	}
	rc = buffer_new(v, data, len, &buf);
	if (rc < 0) {
		return rc;
	}
	if (v->vec[index].iov_base) {
		v->mem->free(v->vec[index].iov_base);
	}
	v->vec[index].iov_base = buf;
	v->vec[index].iov_len = len;
	return 0;
}

int psock_iov_get(const psock_iov *v, size_t index, const void **data, size_t *len)
{
	if (index >= v->count) {
		return -ERANGE;
	}
	*data = v->vec[index].iov_base;
	*len = v->vec[index].iov_len;
	return 0;
}

size_t psock_iov_total(const psock_iov *v)
{
	size_t i, total = 0;

	for (i = 0; i < v->count; i++) {
		total += v->vec[i].iov_len;
	}
	return total;
}

ssize_t psock_iov_readv(int fd, psock_iov *v)
{
	/* Exactly one system call, not retried on EINTR: the caller sees what
	 * the kernel did, as with socket_read(). */
	ssize_t got = readv(fd, v->vec, (int)v->count);

	return got < 0 ? -errno : got;
}

ssize_t psock_iov_writev(int fd, const psock_iov *v)
{
	ssize_t sent = writev(fd, v->vec, (int)v->count);

	return sent < 0 ? -errno : sent;
}
