/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The option-value converters of src/core/sockopt.c: the table lookup for
 * any (level, option), the linger and timeval builders for any pair of
 * integers, and the decoders of SO_MEMINFO, SO_PEERCRED and TCP_INFO for
 * any bytes of any length the kernel could hand back, into an output array
 * of any size. Input and output live in heap blocks of exactly their size,
 * so ASan sees a read or write past either.
 *
 * Input: byte 0 picks the operation; the rest are its operands.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/sockopt.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

static long long take_ll(const uint8_t **data, size_t *size)
{
	long long v = 0;
	size_t n = *size < sizeof(v) ? *size : sizeof(v);

	memcpy(&v, *data, n);
	*data += n;
	*size -= n;
	return v;
}

static void check_find(const uint8_t *data, size_t size)
{
	int level = (int)take_ll(&data, &size), option = (int)take_ll(&data, &size);
	const psock_sockopt *row = psock_sockopt_find(level, option);

	FUZZ_ASSERT(row != NULL);
	FUZZ_ASSERT(row->min <= row->max);
	if (row->name) {
		FUZZ_ASSERT(row->level == level && row->option == option);
	}
}

static void check_linger(const uint8_t *data, size_t size)
{
	long long a = take_ll(&data, &size), b = take_ll(&data, &size);
	struct linger l;
	enum psock_field_error e = psock_linger_from(a, b, &l);

	if (a < 0 || a > PSOCK_LINGER_FIELD_MAX) {
		FUZZ_ASSERT(e == PSOCK_FIELD_FIRST);
	} else if (b < 0 || b > PSOCK_LINGER_FIELD_MAX) {
		FUZZ_ASSERT(e == PSOCK_FIELD_SECOND);
	} else {
		FUZZ_ASSERT(e == PSOCK_FIELD_OK && l.l_onoff == a && l.l_linger == b);
	}
}

static void check_timeval(const uint8_t *data, size_t size)
{
	long long sec = take_ll(&data, &size), usec = take_ll(&data, &size);
	struct timeval tv;
	enum psock_field_error e = psock_timeval_from(sec, usec, &tv);

	FUZZ_ASSERT(psock_time_t_min() < 0 && psock_time_t_max() > 0);
	if (e == PSOCK_FIELD_OK) {
		FUZZ_ASSERT(tv.tv_sec == sec && tv.tv_usec == usec);
	} else if (e == PSOCK_FIELD_FIRST) {
		FUZZ_ASSERT(sec < psock_time_t_min() || sec > psock_time_t_max());
	} else {
		FUZZ_ASSERT(usec < psock_suseconds_t_min() || usec > psock_suseconds_t_max());
	}
}

static void check_decoder(const uint8_t *data, size_t size)
{
	size_t (*decoders[])(const void *, size_t, psock_field *, size_t) = {
		psock_meminfo_fields, psock_peercred_fields, psock_tcp_info_fields,
	};
	size_t which, max, n, i;
	psock_field *out;
	void *buf;

	if (size < 2) {
		return;
	}
	which = data[0] % 3;
	max = data[1] % (PSOCK_FIELDS_MAX + 1);
	data += 2;
	size -= 2;
	buf = malloc(size ? size : 1);
	memcpy(buf, data, size);
	out = malloc((max ? max : 1) * sizeof(*out));
	n = decoders[which](buf, size, out, max);
	FUZZ_ASSERT(n <= max);
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT(out[i].name != NULL && out[i].name[0] != '\0');
	}
	/* The full structure gives at least every named field there is room
	 * for; nothing at all gives none. */
	if (size == 0) {
		FUZZ_ASSERT(n == 0);
	}
	free(out);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) {
		return 0;
	}
	switch (data[0] % 4) {
	case 0:
		check_find(data + 1, size - 1);
		break;
	case 1:
		check_linger(data + 1, size - 1);
		break;
	case 2:
		check_timeval(data + 1, size - 1);
		break;
	default:
		check_decoder(data + 1, size - 1);
	}
	return 0;
}
