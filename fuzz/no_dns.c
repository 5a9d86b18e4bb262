/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Linked into every fuzz target that reaches getaddrinfo() (through
 * psock_addr_from_text). A fuzzer feeds millions of random host names; the
 * real resolver would send each to a DNS server on another machine, which
 * is both forbidden here and slow. This getaddrinfo() takes the place of
 * libc's in the fuzz binary: it answers "localhost" with the loopback
 * address and hands everything else to the real one with AI_NUMERICHOST,
 * so numeric forms that inet_aton()/inet_pton() refuse (an IPv6 address
 * with a %scope, for instance) still take the real code path, and no name
 * is ever looked up.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*gai_fn)(const char *, const char *, const struct addrinfo *, struct addrinfo **);

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
		struct addrinfo **res)
{
	static gai_fn real;
	struct addrinfo h;

	if (!real) {
		real = (gai_fn)dlsym(RTLD_NEXT, "getaddrinfo");
		if (!real) {
			abort();
		}
	}
	memset(&h, 0, sizeof(h));
	if (hints) {
		h = *hints;
	}
	h.ai_flags |= AI_NUMERICHOST;
	h.ai_flags &= ~AI_CANONNAME;
	if (node && strcmp(node, "localhost") == 0) {
		node = h.ai_family == AF_INET6 ? "::1" : "127.0.0.1";
	}
	return real(node, service, &h, res);
}
