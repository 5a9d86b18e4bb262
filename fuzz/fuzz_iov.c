/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The iovec vector of src/core/iov.c (socket_iovec_*), driven by a script
 * of operations read from the input and checked against a plain model after
 * each: add, delete, set, get, total, and a writev()/readv() round trip over
 * an AF_UNIX stream pair. Any allocation can be made to fail; a failed
 * operation must leave the vector exactly as it was.
 *
 * Input: a sequence of operations; each is one byte (low 3 bits the
 * operation, bit 7 "fail the next allocation") and its operands.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "core/iov.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)
#define MODEL_MAX PSOCK_IOV_MAX

typedef struct {
	unsigned char *bytes;
	size_t len;
} model_buf;

static model_buf model[MODEL_MAX + 1];
static size_t model_count;
static int fail_next;
static int pair[2] = {-1, -1};

static void *fz_alloc(size_t n)
{
	if (fail_next) {
		fail_next = 0;
		return NULL;
	}
	return malloc(n);
}

static void *fz_zalloc(size_t n)
{
	if (fail_next) {
		fail_next = 0;
		return NULL;
	}
	return calloc(1, n);
}

static void *fz_realloc(void *p, size_t n)
{
	if (fail_next) {
		fail_next = 0;
		return NULL;
	}
	return realloc(p, n);
}

static const psock_iov_allocator fz_mem = { fz_alloc, fz_zalloc, fz_realloc, free };

static void check_same(const psock_iov *v)
{
	size_t i, total = 0;

	FUZZ_ASSERT(v->count == model_count);
	FUZZ_ASSERT(v->count <= v->capacity && v->capacity <= PSOCK_IOV_MAX);
	for (i = 0; i < model_count; i++) {
		const void *data;
		size_t len;

		FUZZ_ASSERT(psock_iov_get(v, i, &data, &len) == 0);
		FUZZ_ASSERT(len == model[i].len);
		FUZZ_ASSERT(len == 0 || memcmp(data, model[i].bytes, len) == 0);
		total += len;
	}
	FUZZ_ASSERT(psock_iov_total(v) == total);
}

static void check_counts(const psock_iov *v)
{
	size_t i, total = 0;

	FUZZ_ASSERT(v->count == model_count);
	for (i = 0; i < model_count; i++) {
		total += model[i].len;
	}
	FUZZ_ASSERT(psock_iov_total(v) == total);
}

static size_t take(const uint8_t **data, size_t *size, size_t n)
{
	size_t v = 0;

	while (n-- > 0 && *size > 0) {
		v = v << 8 | **data;
		(*data)++;
		(*size)--;
	}
	return v;
}

static void model_clear(void)
{
	size_t i;

	for (i = 0; i < model_count; i++) {
		free(model[i].bytes);
	}
	model_count = 0;
}

/* writev() the vector, read it back, compare with the model; then send
 * fresh bytes and readv() them into the vector, as the model does. */
static void round_trip(psock_iov *v, const uint8_t **data, size_t *size)
{
	size_t total = psock_iov_total(v), have = 0, i, off, fill;
	unsigned char *got;
	ssize_t n;

	if (total > 1 << 20) {
		return;
	}
	n = psock_iov_writev(pair[0], v);
	FUZZ_ASSERT(n >= 0);
	got = malloc(total + 1);
	while ((size_t)have < (size_t)n) {
		ssize_t r = read(pair[1], got + have, (size_t)n - have);
		FUZZ_ASSERT(r > 0);
		have += (size_t)r;
	}
	for (i = 0, off = 0; i < model_count && off < have; i++) {
		size_t part = model[i].len < have - off ? model[i].len : have - off;
		FUZZ_ASSERT(part == 0 || memcmp(got + off, model[i].bytes, part) == 0);
		off += part;
	}
	/* readv: up to total bytes from the input (or a pattern). */
	fill = take(data, size, 2) % (total + 1);
	for (i = 0; i < fill; i++) {
		got[i] = (unsigned char)(i * 7 + 1);
	}
	if (fill > 0) {
		FUZZ_ASSERT(write(pair[0], got, fill) == (ssize_t)fill);
		n = psock_iov_readv(pair[1], v);
		FUZZ_ASSERT(n > 0 && (size_t)n <= fill);
		for (i = 0, off = 0; i < model_count && off < (size_t)n; i++) {
			size_t part = model[i].len < (size_t)n - off ? model[i].len : (size_t)n - off;
			memcpy(model[i].bytes, got + off, part);
			off += part;
		}
		/* Drain whatever readv() left, so the next round starts empty. */
		while (off < fill) {
			ssize_t r = read(pair[1], got, fill - off);
			FUZZ_ASSERT(r > 0);
			off += (size_t)r;
		}
	}
	free(got);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	psock_iov v;
	size_t ops = 0;

	if (pair[0] < 0) {
		int big = 4 << 20;
		FUZZ_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
		setsockopt(pair[0], SOL_SOCKET, SO_SNDBUF, &big, sizeof(big));
		setsockopt(pair[1], SOL_SOCKET, SO_RCVBUF, &big, sizeof(big));
	}
	psock_iov_init(&v, &fz_mem);
	while (size > 0) {
		uint8_t op = *data++;
		size_t idx, len, i;
		int rc;

		size--;
		fail_next = (op & 0x80) != 0;
		switch (op & 7) {
		case 0: case 1: /* add */
			len = take(&data, &size, 2);
			if (op & 0x40) {
				len = (op & 0x20) ? SIZE_MAX : PSOCK_IOV_LEN_MAX + len + 1;
			}
			rc = psock_iov_add(&v, len);
			if (rc == 0) {
				FUZZ_ASSERT(len <= PSOCK_IOV_LEN_MAX && model_count < PSOCK_IOV_MAX);
				model[model_count].bytes = calloc(1, len ? len : 1);
				model[model_count].len = len;
				model_count++;
			} else {
				FUZZ_ASSERT(rc == -EMSGSIZE || rc == -E2BIG || rc == -ENOMEM);
				FUZZ_ASSERT(rc != -EMSGSIZE || len > PSOCK_IOV_LEN_MAX);
				FUZZ_ASSERT(rc != -E2BIG || model_count == PSOCK_IOV_MAX);
			}
			break;
		case 2: /* delete */
			idx = take(&data, &size, 1) % (model_count + 2);
			rc = psock_iov_delete(&v, idx);
			if (idx < model_count) {
				FUZZ_ASSERT(rc == 0);
				free(model[idx].bytes);
				memmove(&model[idx], &model[idx + 1], (model_count - idx - 1) * sizeof(model[0]));
				model_count--;
			} else {
				FUZZ_ASSERT(rc == -ERANGE);
			}
			break;
		case 3: /* set */
			idx = take(&data, &size, 1) % (model_count + 2);
			len = take(&data, &size, 1);
			len = len < size ? len : size;
			rc = psock_iov_set(&v, idx, data, len);
			if (rc == 0) {
				FUZZ_ASSERT(idx < model_count);
				free(model[idx].bytes);
				model[idx].bytes = malloc(len ? len : 1);
				memcpy(model[idx].bytes, data, len);
				model[idx].len = len;
			} else {
				FUZZ_ASSERT(rc == -ERANGE || rc == -ENOMEM);
				FUZZ_ASSERT(rc != -ERANGE || idx >= model_count);
			}
			data += len;
			size -= len;
			break;
		case 4: { /* get out of range */
			const void *p;
			size_t l;
			idx = model_count + take(&data, &size, 1);
			FUZZ_ASSERT(psock_iov_get(&v, idx, &p, &l) == -ERANGE);
			break;
		}
		case 5:
			fail_next = 0;
			round_trip(&v, &data, &size);
			break;
		case 6: /* release and start over */
			psock_iov_release(&v);
			model_clear();
			FUZZ_ASSERT(v.count == 0 && v.vec == NULL);
			break;
		default: /* many adds at once, toward PSOCK_IOV_MAX */
			fail_next = 0;
			len = take(&data, &size, 1);
			for (i = 0; i < len * 8 && model_count < PSOCK_IOV_MAX + 1; i++) {
				rc = psock_iov_add(&v, i % 3);
				if (rc == 0) {
					model[model_count].bytes = calloc(1, 3);
					model[model_count].len = i % 3;
					model_count++;
				} else {
					FUZZ_ASSERT(rc == -E2BIG && model_count == PSOCK_IOV_MAX);
					break;
				}
			}
		}
		fail_next = 0;
		/* Every buffer is compared now and then and at the end; in between,
		 * the count and the total (a full comparison after each operation
		 * made long scripts crawl). */
		if (++ops % 16 == 0) {
			check_same(&v);
		} else {
			check_counts(&v);
		}
	}
	check_same(&v);
	psock_iov_release(&v);
	model_clear();
	return 0;
}
