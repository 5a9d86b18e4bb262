/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sockaddr to text (psock_addr_to_text): any bytes as a socket address of
 * any length, into an output buffer of any size, as the kernel could hand
 * them back from accept(), recvfrom(), getsockname() or recvmsg().
 *
 * Input: byte 0 is the output buffer size (0..PSOCK_ADDR_TEXT_MAX+7), byte
 * 1 says whether the port is wanted, the rest is the address, copied to a
 * buffer of exactly that length so ASan sees any read past salen.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/addr.h"

#define FUZZ_ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t bufsize, salen, textlen = 12345;
	uint16_t port = 0;
	struct sockaddr *sa;
	char *buf;
	int rc;

	if (size < 2 || size - 2 > sizeof(struct sockaddr_storage)) {
		return 0;
	}
	bufsize = data[0] % (PSOCK_ADDR_TEXT_MAX + 8);
	salen = size - 2;
	sa = malloc(salen ? salen : 1);
	memcpy(sa, data + 2, salen);
	buf = malloc(bufsize ? bufsize : 1);
	memset(buf, 'x', bufsize);

	rc = psock_addr_to_text(sa, (socklen_t)salen, buf, bufsize, &textlen, (data[1] & 1) ? &port : NULL);
	if (rc == 0) {
		/* Text and its NUL fit the buffer, and the length is the text's. */
		FUZZ_ASSERT(textlen < bufsize);
		FUZZ_ASSERT(buf[textlen] == '\0');
		if (salen >= sizeof(sa_family_t) && sa->sa_family != AF_UNIX) {
			FUZZ_ASSERT(strlen(buf) == textlen);
		}
		if (salen >= sizeof(sa_family_t) && sa->sa_family == AF_UNIX && textlen > 0) {
			FUZZ_ASSERT(offsetof(struct sockaddr_un, sun_path) + textlen <= salen);
			FUZZ_ASSERT(memcmp(buf, ((struct sockaddr_un *)sa)->sun_path, textlen) == 0);
		}
	} else {
		FUZZ_ASSERT(rc < 0);
		FUZZ_ASSERT(textlen == 0);
	}
	free(buf);
	free(sa);
	return 0;
}
