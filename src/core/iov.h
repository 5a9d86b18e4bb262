/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A growable vector of byte buffers laid out as the struct iovec array that
 * readv() and writev() take, so a transfer is one system call with no
 * copying or conversion in between. This is the engine of the revived
 * socket_iovec_* functions; it knows nothing of PHP.
 *
 * Every operation checks its index and lengths and returns 0 (or a byte
 * count) on success and -errno on failure; a failed operation leaves the
 * vector exactly as it was.
 */
#ifndef PSOCK_IOV_H
#define PSOCK_IOV_H

#include <limits.h>
#include <stddef.h>
#include <sys/types.h>
#include <sys/uio.h>

/* The most buffers one readv()/writev() accepts: IOV_MAX (1024 on Linux). */
#ifdef IOV_MAX
# define PSOCK_IOV_MAX IOV_MAX
#else
# define PSOCK_IOV_MAX 1024
#endif

/* The longest single buffer: 64 MiB. One socket call rarely moves more than
 * a socket buffer (a few MB at most; a UDP datagram is under 64 KiB), and a
 * buffer of the maximum still fits PHP's default memory_limit of 128M, which
 * the binding's buffers count against. A full vector (1024 x 64 MiB) sums
 * far below ssize_t's limit. */
#define PSOCK_IOV_LEN_MAX ((size_t)1 << 26)

/* Where the buffers' memory comes from. The binding passes the request
 * allocator so buffers count against PHP's memory_limit; NULL means the C
 * library's malloc family. zalloc returns zero-filled memory. A hook may
 * return NULL (the operation then fails with -ENOMEM) or not return at all;
 * the vector is consistent at every call of a hook, so either is safe. */
typedef struct {
	void *(*alloc)(size_t size);
	void *(*zalloc)(size_t size);
	void *(*realloc)(void *ptr, size_t size);
	void (*free)(void *ptr);
} psock_iov_allocator;

typedef struct {
	struct iovec *vec;     /* count entries; a zero-length buffer has iov_base NULL */
	size_t count;
	size_t capacity;       /* entries allocated in vec */
	const psock_iov_allocator *mem;
} psock_iov;

/* An empty vector using mem (NULL: malloc). Allocates nothing. */
void psock_iov_init(psock_iov *v, const psock_iov_allocator *mem);

/* Frees every buffer and the vector; v is then empty and reusable. */
void psock_iov_release(psock_iov *v);

/* Appends one zero-filled buffer of len bytes. -EMSGSIZE when len exceeds
 * PSOCK_IOV_LEN_MAX, -E2BIG when the vector already has PSOCK_IOV_MAX
 * buffers, -ENOMEM. */
int psock_iov_add(psock_iov *v, size_t len);

/* Removes buffer index; the later ones move down by one. -ERANGE for an
 * index outside 0..count-1. */
int psock_iov_delete(psock_iov *v, size_t index);

/* Replaces buffer index with a copy of data[0..len); its length becomes
 * len. -ERANGE, -EMSGSIZE, -ENOMEM as above. */
int psock_iov_set(psock_iov *v, size_t index, const void *data, size_t len);

/* Points *data and *len at buffer index (no copy). -ERANGE. */
int psock_iov_get(const psock_iov *v, size_t index, const void **data, size_t *len);

/* The sum of all buffer lengths. */
size_t psock_iov_total(const psock_iov *v);

/* One readv() into the buffers in order: the byte count (0 at end of
 * stream) or -errno. Bytes beyond the count keep their old values. */
ssize_t psock_iov_readv(int fd, psock_iov *v);

/* One writev() of the buffers in order: the byte count or -errno. */
ssize_t psock_iov_writev(int fd, const psock_iov *v);

#endif
