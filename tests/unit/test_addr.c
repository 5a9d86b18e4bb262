/* SPDX-License-Identifier: BSD-3-Clause */
/* sockaddr <-> text for every family. */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <net/if.h>
#include <netpacket/packet.h>
#include "core/addr.h"
#include "core/errors.h"
#include "unit.h"

static void ipv4_numeric(void)
{
	psock_addr a;
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len;
	uint16_t port;

	CHECK_EQ_INT(psock_addr_from_text(AF_INET, "127.0.0.1", 9, 8080, &a), 0);
	CHECK_EQ_INT(a.len, sizeof(struct sockaddr_in));
	CHECK_EQ_INT(ntohs(a.u.in.sin_port), 8080);
	CHECK_EQ_INT(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, &port), 0);
	CHECK(strcmp(text, "127.0.0.1") == 0);
	CHECK_EQ_INT(len, 9);
	CHECK_EQ_INT(port, 8080);
	/* inet_aton's short forms are accepted, as PHP always has. */
	CHECK_EQ_INT(psock_addr_from_text(AF_INET, "127.1", 5, 0, &a), 0);
	CHECK_EQ_INT(ntohl(a.u.in.sin_addr.s_addr), 0x7f000001);
}

static void ipv4_lookup_failure_is_host_error(void)
{
	psock_addr a;
	/* Never sent to a resolver: glibc rejects it as a name. */
	int rc = psock_addr_from_text(AF_INET, "256.256.256.256", 15, 0, &a);
	CHECK(PSOCK_IS_HOST_ERROR(rc));
	CHECK(strcmp(psock_strerror(rc), "Unknown host") == 0 || rc != PSOCK_HOST_ERROR(1));
}

static void ipv6_scope(void)
{
	psock_addr a;
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len;
	uint16_t port;

	CHECK_EQ_INT(psock_addr_from_text(AF_INET6, "::1", 3, 53, &a), 0);
	CHECK_EQ_INT(a.len, sizeof(struct sockaddr_in6));
	CHECK_EQ_INT(a.u.in6.sin6_scope_id, 0);
	CHECK_EQ_INT(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, &port), 0);
	CHECK(strcmp(text, "::1") == 0);
	CHECK_EQ_INT(port, 53);
	CHECK_EQ_INT(psock_addr_from_text(AF_INET6, "fe80::1%1", 9, 0, &a), 0);
	CHECK_EQ_INT(a.u.in6.sin6_scope_id, 1);
	CHECK_EQ_INT(psock_addr_from_text(AF_INET6, "fe80::1%lo", 10, 0, &a), 0);
	CHECK_EQ_INT(a.u.in6.sin6_scope_id, 1);
}

static void unix_paths(void)
{
	psock_addr a;
	char text[PSOCK_ADDR_TEXT_MAX];
	char longpath[200];
	size_t len;

	CHECK_EQ_INT(psock_addr_from_text(AF_UNIX, "/tmp/x.sock", 11, 0, &a), 0);
	CHECK_EQ_INT(a.len, offsetof(struct sockaddr_un, sun_path) + 11);
	CHECK_EQ_INT(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, NULL), 0);
	CHECK(strcmp(text, "/tmp/x.sock") == 0);

	/* Abstract names keep their NUL and their exact length. */
	CHECK_EQ_INT(psock_addr_from_text(AF_UNIX, "\0abs", 4, 0, &a), 0);
	CHECK_EQ_INT(a.len, offsetof(struct sockaddr_un, sun_path) + 4);
	CHECK_EQ_INT(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, NULL), 0);
	CHECK_EQ_INT(len, 4);
	CHECK(memcmp(text, "\0abs", 4) == 0);

	memset(longpath, 'a', sizeof(longpath));
	CHECK_EQ_INT(psock_addr_from_text(AF_UNIX, longpath, 107, 0, &a), 0);
	CHECK_EQ_INT(psock_addr_from_text(AF_UNIX, longpath, 108, 0, &a), PSOCK_E_PATH_TOO_LONG);
	CHECK_EQ_INT(psock_addr_from_text(AF_UNIX, longpath, 200, 0, &a), PSOCK_E_PATH_TOO_LONG);

	/* An unnamed socket's address is empty. */
	a.len = offsetof(struct sockaddr_un, sun_path);
	CHECK_EQ_INT(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, NULL), 0);
	CHECK_EQ_INT(len, 0);
}

static void other_families(void)
{
	psock_addr a;
	char text[8];
	size_t len;
	struct sockaddr sa = { .sa_family = AF_APPLETALK };

	CHECK_EQ_INT(psock_addr_from_text(AF_APPLETALK, "x", 1, 0, &a), -EAFNOSUPPORT);
	CHECK_EQ_INT(psock_addr_to_text(&sa, sizeof(sa), text, sizeof(text), &len, NULL), -EAFNOSUPPORT);
	/* A short buffer truncates, never overflows. */
	CHECK_EQ_INT(psock_addr_from_text(AF_INET6, "1:2:3:4:5:6:7:8", 15, 0, &a), 0);
	CHECK(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, NULL) < 0);
}

static void packet_interfaces(void)
{
	psock_addr a;
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len;
	uint32_t number;
	uint16_t port;
	unsigned int lo = if_nametoindex("lo");
	const struct sockaddr_ll *ll = (const struct sockaddr_ll *)&a.u.ss;

	CHECK(lo > 0);
	CHECK_EQ_INT(psock_addr_from_text(AF_PACKET, "lo", 2, 0, &a), 0);
	CHECK_EQ_INT(a.len, sizeof(struct sockaddr_ll));
	CHECK_EQ_INT(ll->sll_family, AF_PACKET);
	CHECK_EQ_INT(ll->sll_ifindex, lo);
	CHECK_EQ_INT(ll->sll_protocol, 0);
	CHECK_EQ_INT(psock_addr_to_text_and_number(&a.u.sa, a.len, text, sizeof(text), &len, &number), 0);
	CHECK(strcmp(text, "lo") == 0);
	CHECK_EQ_INT(len, 2);
	CHECK_EQ_INT(number, lo);
	CHECK_EQ_INT(psock_addr_to_text(&a.u.sa, a.len, text, sizeof(text), &len, &port), 0);
	CHECK_EQ_INT(port, lo);
	/* The name wins; an empty one takes the index from the port. */
	CHECK_EQ_INT(psock_addr_from_text(AF_PACKET, "lo", 2, 77, &a), 0);
	CHECK_EQ_INT(ll->sll_ifindex, lo);
	CHECK_EQ_INT(psock_addr_from_text(AF_PACKET, "", 0, (uint16_t)lo, &a), 0);
	CHECK_EQ_INT(ll->sll_ifindex, lo);
	CHECK_EQ_INT(psock_addr_from_text(AF_PACKET, "no-such-if0", 11, 0, &a), -ENODEV);
	CHECK_EQ_INT(psock_addr_from_text(AF_PACKET, "lo\0x", 4, 0, &a), -ENODEV);
	CHECK_EQ_INT(psock_addr_from_text(AF_PACKET, "abcdefghijklmnopq", 17, 0, &a), -ENODEV);
	/* No interface: the empty name and index 0. */
	CHECK_EQ_INT(psock_addr_unspecified(AF_PACKET, &a), 0);
	CHECK_EQ_INT(psock_addr_to_text_and_number(&a.u.sa, a.len, text, sizeof(text), &len, &number), 0);
	CHECK_EQ_INT(len, 0);
	CHECK_EQ_INT(number, 0);
	CHECK_EQ_INT(psock_addr_unspecified(AF_APPLETALK, &a), -EAFNOSUPPORT);
	/* Ethernet protocols go to socket() in network order, others as given. */
	CHECK_EQ_INT(psock_addr_socket_protocol(AF_PACKET, 3), htons(3));
	CHECK_EQ_INT(psock_addr_socket_protocol(AF_PACKET, 0x86dd), htons(0x86dd));
	CHECK_EQ_INT(psock_addr_socket_protocol(AF_PACKET, -1), -1);
	CHECK_EQ_INT(psock_addr_socket_protocol(AF_INET, 1), 1);
}

static void strerror_codes(void)
{
	CHECK(strcmp(psock_strerror(-10001), "Unknown host") == 0);
	CHECK(strcmp(psock_strerror(0), "Success") == 0);
	CHECK(strcmp(psock_strerror(ECONNREFUSED), "Connection refused") == 0);
	CHECK(strcmp(psock_strerror(-10000), "Unknown error -10000") == 0);
}

int main(void)
{
	RUN(ipv4_numeric);
	RUN(ipv4_lookup_failure_is_host_error);
	RUN(ipv6_scope);
	RUN(unix_paths);
	RUN(other_families);
	RUN(packet_interfaces);
	RUN(strerror_codes);
	UNIT_MAIN_END();
}
