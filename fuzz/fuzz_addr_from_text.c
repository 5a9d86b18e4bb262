/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Address text to sockaddr (psock_addr_from_text), for AF_INET, AF_INET6
 * and AF_UNIX, with the checks that what it builds is well formed and turns
 * back into the same address through psock_addr_to_text.
 *
 * Input: byte 0 picks the family (and a few out-of-range ones), bytes 1-2
 * are the port, the rest is the text. The text is handed over as the
 * binding hands it: a buffer of exactly that many bytes plus the NUL that a
 * zend_string always has, so ASan sees any read past it.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/addr.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

static const int families[] = {AF_INET, AF_INET6, AF_UNIX, AF_UNSPEC, AF_PACKET, -1};

static void check_ip_round_trip(int family, const psock_addr *a, uint16_t port)
{
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len = 0;
	uint16_t back = 0;
	psock_addr again;

	FUZZ_ASSERT(psock_addr_to_text(&a->u.sa, a->len, text, sizeof(text), &len, &back) == 0);
	FUZZ_ASSERT(len > 0 && len < sizeof(text) && text[len] == '\0' && strlen(text) == len);
	FUZZ_ASSERT(back == port);
	FUZZ_ASSERT(psock_addr_from_text(family, text, len, port, &again) == 0);
	FUZZ_ASSERT(again.len == a->len);
	if (family == AF_INET) {
		FUZZ_ASSERT(memcmp(&again.u.in.sin_addr, &a->u.in.sin_addr, sizeof(a->u.in.sin_addr)) == 0);
	} else {
		FUZZ_ASSERT(memcmp(&again.u.in6.sin6_addr, &a->u.in6.sin6_addr, sizeof(a->u.in6.sin6_addr)) == 0);
	}
}

static void check_unix(const char *text, size_t len, int rc, const psock_addr *a)
{
	char back[PSOCK_ADDR_TEXT_MAX + 1];
	size_t backlen = 0, want;

	if (len > PSOCK_UNIX_PATH_MAX) {
		FUZZ_ASSERT(rc == PSOCK_E_PATH_TOO_LONG);
		return;
	}
	FUZZ_ASSERT(rc == 0);
	FUZZ_ASSERT(a->u.un.sun_family == AF_UNIX);
	FUZZ_ASSERT(a->len == offsetof(struct sockaddr_un, sun_path) + len);
	FUZZ_ASSERT(memcmp(a->u.un.sun_path, text, len) == 0);
	FUZZ_ASSERT(psock_addr_to_text(&a->u.sa, a->len, back, sizeof(back), &backlen, NULL) == 0);
	/* A path reads back up to its first NUL; an abstract name (leading NUL)
	 * reads back whole. */
	want = (len > 0 && text[0] != '\0') ? strnlen(text, len) : len;
	FUZZ_ASSERT(backlen == want && memcmp(back, text, want) == 0 && back[backlen] == '\0');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int family, rc;
	uint16_t port;
	size_t len;
	char *text;
	psock_addr a;

	if (size < 3) {
		return 0;
	}
	family = families[data[0] % (sizeof(families) / sizeof(families[0]))];
	port = (uint16_t)(data[1] << 8 | data[2]);
	len = size - 3;
	text = malloc(len + 1);
	memcpy(text, data + 3, len);
	text[len] = '\0';

	memset(&a, 0xa5, sizeof(a));
	rc = psock_addr_from_text(family, text, len, port, &a);
	switch (family) {
	case AF_INET:
		if (rc == 0) {
			FUZZ_ASSERT(a.u.in.sin_family == AF_INET && a.len == sizeof(struct sockaddr_in));
			FUZZ_ASSERT(ntohs(a.u.in.sin_port) == port);
			check_ip_round_trip(AF_INET, &a, port);
		}
		break;
	case AF_INET6:
		if (rc == 0) {
			FUZZ_ASSERT(a.u.in6.sin6_family == AF_INET6 && a.len == sizeof(struct sockaddr_in6));
			FUZZ_ASSERT(ntohs(a.u.in6.sin6_port) == port);
			check_ip_round_trip(AF_INET6, &a, port);
		}
		break;
	case AF_UNIX:
		check_unix(text, len, rc, &a);
		break;
	default:
		FUZZ_ASSERT(rc == -EAFNOSUPPORT);
	}
	free(text);
	return 0;
}
