/* SPDX-License-Identifier: BSD-3-Clause */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <netpacket/packet.h>
#include <stdlib.h>
#include <string.h>
#include "addr.h"
#include "errors.h"

/* Maps a getaddrinfo() failure to the h_errno value PHP has always shown
 * for failed lookups, so the code reflects this lookup and no earlier one. */
static int lookup_error(int eai)
{
	switch (eai) {
	case EAI_AGAIN:
		return PSOCK_HOST_ERROR(TRY_AGAIN);
	case EAI_FAIL:
		return PSOCK_HOST_ERROR(NO_RECOVERY);
#ifdef EAI_NODATA
	case EAI_NODATA:
		return PSOCK_HOST_ERROR(NO_DATA);
#endif
	default:
		return PSOCK_HOST_ERROR(HOST_NOT_FOUND);
	}
}

/* Resolves a name to the first address of `family`. The flags are those PHP
 * has used (AI_V4MAPPED | AI_ADDRCONFIG for IPv6) so that names resolve as
 * they do with the bundled module. */
static int lookup(int family, const char *host, int flags, psock_addr *out)
{
	struct addrinfo hints, *res = NULL, *ai;
	int rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = family;
	hints.ai_flags = flags;
	hints.ai_socktype = SOCK_STREAM;
	rc = getaddrinfo(host, NULL, &hints, &res);
	if (rc != 0) {
		return lookup_error(rc);
	}
	for (ai = res; ai; ai = ai->ai_next) {
		if (ai->ai_family == family && ai->ai_addrlen <= sizeof(out->u)) {
			memcpy(&out->u, ai->ai_addr, ai->ai_addrlen);
			freeaddrinfo(res);
			return 0;
		}
	}
	freeaddrinfo(res);
	return PSOCK_HOST_ERROR(HOST_NOT_FOUND);
}

/* The plain dotted quad ("127.0.0.1": four decimal numbers up to 255, no
 * leading zero) without inet_aton()'s strtoul() per part; anything else
 * (octal, hex, fewer parts) is left to inet_aton(). Returns 1 when parsed. */
static int ipv4_quad(const char *p, struct in_addr *addr)
{
	uint32_t value = 0;
	int part;

	for (part = 0; part < 4; part++) {
		unsigned n = 0, digits = 0;

		while (*p >= '0' && *p <= '9' && digits < 4) {
			n = n * 10 + (unsigned)(*p++ - '0');
			digits++;
		}
		if (digits == 0 || digits > 3 || n > 255 || (digits > 1 && p[-(int)digits] == '0')) {
			return 0;
		}
		value = value << 8 | n;
		if (*p++ != (part == 3 ? '\0' : '.')) {
			return 0;
		}
	}
	addr->s_addr = htonl(value);
	return 1;
}

static int ipv4_from_text(const char *host, uint16_t port, psock_addr *out)
{
	memset(out, 0, sizeof(*out));
	if (!ipv4_quad(host, &out->u.in.sin_addr) && !inet_aton(host, &out->u.in.sin_addr)) {
		int rc = lookup(AF_INET, host, 0, out);
		if (rc < 0) {
			return rc;
		}
	}
	out->u.in.sin_family = AF_INET;
	out->u.in.sin_port = htons(port);
	out->len = sizeof(struct sockaddr_in);
	return 0;
}

/* The scope after '%': a positive number that fits 32 bits, or an interface
 * name; anything else is scope 0, as PHP has always done. */
static uint32_t parse_scope(const char *scope)
{
	char *end;
	unsigned long value;

	if (*scope >= '0' && *scope <= '9') {
		errno = 0;
		value = strtoul(scope, &end, 10);
		if (*end == '\0' && errno == 0 && value <= UINT32_MAX) {
			return (uint32_t)value;
		}
		return 0;
	}
	return if_nametoindex(scope);
}

static int ipv6_from_text(const char *host, uint16_t port, psock_addr *out)
{
	const char *scope;

	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET6, host, &out->u.in6.sin6_addr) != 1) {
		int rc = lookup(AF_INET6, host, AI_V4MAPPED | AI_ADDRCONFIG, out);
		if (rc < 0) {
			return rc;
		}
	}
	scope = strchr(host, '%');
	if (scope) {
		out->u.in6.sin6_scope_id = parse_scope(scope + 1);
	}
	out->u.in6.sin6_family = AF_INET6;
	out->u.in6.sin6_port = htons(port);
	out->len = sizeof(struct sockaddr_in6);
	return 0;
}

static int unix_from_text(const char *path, size_t len, psock_addr *out)
{
	if (len > PSOCK_UNIX_PATH_MAX) {
		return PSOCK_E_PATH_TOO_LONG;
	}
	memset(out, 0, sizeof(*out));
	out->u.un.sun_family = AF_UNIX;
	memcpy(out->u.un.sun_path, path, len);
	/* The exact length, so that an abstract name ("\0name") is the name
	 * given and not padded with NULs to the end of sun_path. */
	out->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
	return 0;
}

static int packet_from_text(const char *name, size_t len, uint16_t port, psock_addr *out)
{
	unsigned int index = port;

	struct sockaddr_ll *ll = (struct sockaddr_ll *)&out->u.ss;

	memset(out, 0, sizeof(*out));
	if (len > 0) {
		/* A name with a NUL inside or too long for an interface would be
		 * another name once cut: no such interface. */
		if (len >= IF_NAMESIZE || memchr(name, '\0', len)) {
			return -ENODEV;
		}
		index = if_nametoindex(name);
		if (index == 0) {
			return -ENODEV;
		}
	}
	ll->sll_family = AF_PACKET;
	ll->sll_ifindex = (int)index;
	/* Zero: the protocol the socket was created with. */
	ll->sll_protocol = 0;
	out->len = sizeof(struct sockaddr_ll);
	return 0;
}

int psock_addr_from_text(int family, const char *text, size_t len, uint16_t port, psock_addr *out)
{
	switch (family) {
	case AF_INET:
		return ipv4_from_text(text, port, out);
	case AF_INET6:
		return ipv6_from_text(text, port, out);
	case AF_UNIX:
		return unix_from_text(text, len, out);
	case AF_PACKET:
		return packet_from_text(text, len, port, out);
	default:
		return -EAFNOSUPPORT;
	}
}

int psock_addr_unspecified(int family, psock_addr *out)
{
	memset(out, 0, sizeof(*out));
	out->u.sa.sa_family = (sa_family_t)family;
	switch (family) {
	case AF_INET:
		out->len = sizeof(struct sockaddr_in);
		return 0;
	case AF_INET6:
		out->len = sizeof(struct sockaddr_in6);
		return 0;
	case AF_UNIX:
		out->len = 0;
		return 0;
	case AF_PACKET:
		out->len = sizeof(struct sockaddr_ll);
		return 0;
	default:
		return -EAFNOSUPPORT;
	}
}

int psock_addr_socket_protocol(int family, long long protocol)
{
	if (family == AF_PACKET && protocol >= 0 && protocol <= 0xffff) {
		return (int)htons((uint16_t)protocol);
	}
	/* Anything else goes to the kernel unchanged, to be refused there. */
	return (int)protocol;
}

int psock_addr_to_text(const struct sockaddr *sa, socklen_t salen, char *buf, size_t bufsize,
		size_t *textlen, uint16_t *port)
{
	uint32_t number = 0;
	int rc = psock_addr_to_text_and_number(sa, salen, buf, bufsize, textlen, &number);

	if (port && rc == 0 && salen >= sizeof(sa->sa_family) && sa->sa_family != AF_UNIX) {
		*port = (uint16_t)number;
	}
	return rc;
}

int psock_addr_to_text_and_number(const struct sockaddr *sa, socklen_t salen, char *buf,
		size_t bufsize, size_t *textlen, uint32_t *port)
{
	*textlen = 0;
	if (port) {
		*port = 0;
	}
	if (bufsize == 0) {
		return -ENOSPC;
	}
	buf[0] = '\0';
	/* Too short to hold even the family: no address at all, as the kernel
	 * reports an unnamed peer (the binding passes 0 for one), and nothing
	 * past salen may be read to find out more. */
	if (salen < sizeof(sa->sa_family)) {
		return 0;
	}
	switch (sa->sa_family) {
	case AF_INET: {
		const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
		const unsigned char *b = (const unsigned char *)&in->sin_addr;
		char *t = buf;
		int k;

		/* By hand: inet_ntop() spends most of a recvfrom() in sprintf(). */
		if (salen < sizeof(*in) || bufsize < INET_ADDRSTRLEN) {
			return -EINVAL;
		}
		for (k = 0; k < 4; k++) {
			unsigned v = b[k];
			if (v >= 100) {
				*t++ = (char)('0' + v / 100);
			}
			if (v >= 10) {
				*t++ = (char)('0' + v / 10 % 10);
			}
			*t++ = (char)('0' + v % 10);
			*t++ = k == 3 ? '\0' : '.';
		}
		if (port) {
			*port = ntohs(in->sin_port);
		}
		break;
	}
	case AF_INET6: {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
		if (salen < sizeof(*in6) || !inet_ntop(AF_INET6, &in6->sin6_addr, buf, bufsize)) {
			return -EINVAL;
		}
		if (port) {
			*port = ntohs(in6->sin6_port);
		}
		break;
	}
	case AF_UNIX: {
		const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
		size_t off = offsetof(struct sockaddr_un, sun_path), n;
		if (salen <= off) {
			return 0; /* unnamed */
		}
		n = salen - off;
		if (n > sizeof(un->sun_path)) {
			n = sizeof(un->sun_path);
		}
		if (un->sun_path[0] != '\0') {
			/* A path: up to its NUL, the kernel may count one or not. */
			n = strnlen(un->sun_path, n);
		}
		if (n >= bufsize) {
			n = bufsize - 1;
		}
		memcpy(buf, un->sun_path, n);
		buf[n] = '\0';
		*textlen = n;
		return 0;
	}
	case AF_PACKET: {
		const struct sockaddr_ll *ll = (const struct sockaddr_ll *)sa;
		char name[IF_NAMESIZE];
		size_t n;

		/* No interface (an unbound socket, index 0) or one gone since is
		 * the empty name. */
		if (salen < offsetof(struct sockaddr_ll, sll_ifindex) + sizeof(ll->sll_ifindex)
				|| ll->sll_ifindex <= 0) {
			if (port) {
				*port = 0;
			}
			return 0;
		}
		if (port) {
			*port = (uint32_t)ll->sll_ifindex;
		}
		if (!if_indextoname((unsigned int)ll->sll_ifindex, name)) {
			return 0;
		}
		n = strnlen(name, sizeof(name));
		if (n >= bufsize) {
			n = bufsize - 1;
		}
		memcpy(buf, name, n);
		buf[n] = '\0';
		*textlen = n;
		return 0;
	}
	default:
		return -EAFNOSUPPORT;
	}
	*textlen = strlen(buf);
	return 0;
}
