/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Socket addresses: text (host, port) to struct sockaddr and back, for
 * AF_INET, AF_INET6, AF_UNIX and AF_PACKET. This is the one place that
 * switches on the address family; every function of the binding that takes
 * or returns an address goes through here.
 *
 * An AF_PACKET address is an interface: its text is the interface name
 * ("lo") and its number, where IP has the port, the interface index (as in
 * PHP 8.4). The protocol is the socket's own.
 */
#ifndef PSOCK_ADDR_H
#define PSOCK_ADDR_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>

typedef struct psock_addr {
	union {
		struct sockaddr         sa;
		struct sockaddr_in      in;
		struct sockaddr_in6     in6;
		struct sockaddr_un      un;
		struct sockaddr_storage ss;
	} u;
	socklen_t len;
} psock_addr;

/* The longest AF_UNIX path (or abstract name, with its leading NUL) that fits
 * sun_path with room for a terminating NUL: 107 on Linux. */
#define PSOCK_UNIX_PATH_MAX (sizeof(((struct sockaddr_un *)0)->sun_path) - 1)

/* Returned when a unix path does not fit; the binding turns it into 8.2's
 * ValueError "must be less than 108". */
#define PSOCK_E_PATH_TOO_LONG (-ENAMETOOLONG)

/* Builds an address of `family` from text and a port (ignored for AF_UNIX).
 * IPv4 text is dotted (inet_aton forms) or a host name; IPv6 text is numeric
 * or a host name, optionally followed by "%scope" (an interface name or a
 * number). AF_UNIX text is a path or an abstract name starting with "\0"; its
 * length is len (it may hold NUL bytes). AF_PACKET text is an interface name;
 * when it is empty, port is the interface index (0: every interface).
 * Returns 0, -EAFNOSUPPORT for another family, PSOCK_E_PATH_TOO_LONG,
 * -ENODEV for an unknown interface, or PSOCK_HOST_ERROR(h) when a lookup
 * failed. */
int psock_addr_from_text(int family, const char *text, size_t len, uint16_t port, psock_addr *out);

/* The host part of an address as text: dotted IPv4, IPv6 (no scope), the
 * unix path (abstract names keep their leading NUL; unnamed sockets give ""),
 * or the interface name of an AF_PACKET address ("" for none). Writes at
 * most bufsize bytes and sets *textlen; sets *port for IP families when port
 * is not NULL. Returns 0 or -EAFNOSUPPORT for other families. */
int psock_addr_to_text(const struct sockaddr *sa, socklen_t salen, char *buf, size_t bufsize,
		size_t *textlen, uint16_t *port);

/* The same, with the number PHP reports beside the text: the port for IP
 * families, the interface index for AF_PACKET (which may not fit 16 bits),
 * 0 for AF_UNIX. */
int psock_addr_to_text_and_number(const struct sockaddr *sa, socklen_t salen, char *buf,
		size_t bufsize, size_t *textlen, uint32_t *number);

/* The protocol socket() wants for a PHP protocol number: AF_PACKET takes
 * an Ethernet protocol in network byte order, while PHP's ETH_P_* constants
 * (like the C ones) are in host order, so they are converted here; other
 * families take the number as it is. */
int psock_addr_socket_protocol(int family, long long protocol);

/* The family's unspecified address (0.0.0.0 port 0, ::, the unnamed unix
 * address, no interface), reported when the kernel named no peer. Returns
 * 0 or -EAFNOSUPPORT. */
int psock_addr_unspecified(int family, psock_addr *out);

/* Big enough for any text psock_addr_to_text() writes. */
#define PSOCK_ADDR_TEXT_MAX 128

/* Whether a PHP integer is a valid port. */
static inline int psock_port_valid(long long port)
{
	return port >= 0 && port <= 65535;
}

#endif
