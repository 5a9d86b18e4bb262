/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Socket options: what the module knows about each (level, option) pair,
 * written once as a row of psock_sockopts[], and the conversions between the
 * C structures the kernel takes and plain values the binding can express.
 *
 * A pair the table does not list is an int, as it has always been in PHP.
 * Adding an option is one row; adding a new value shape is one kind, handled
 * once in the binding's get and set.
 */
#ifndef PSOCK_SOCKOPT_H
#define PSOCK_SOCKOPT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>

/* UDP-Lite's numbers, which glibc's headers do not define (the kernel's
 * uapi does): the constants and the option table both need them. */
#ifndef SOL_UDPLITE
# define SOL_UDPLITE 136
#endif
#ifndef UDPLITE_SEND_CSCOV
# define UDPLITE_SEND_CSCOV 10
#endif
#ifndef UDPLITE_RECV_CSCOV
# define UDPLITE_RECV_CSCOV 11
#endif

/* The shape of an option's value. Each kind says what socket_set_option()
 * accepts and what socket_get_option() returns; the comments give both. */
enum psock_opt_kind {
	/* An int, range-checked against the row's min and max.
	 * get: int. */
	PSOCK_OPT_INT,
	/* One byte (IP_MULTICAST_TTL), range-checked against min and max.
	 * get: int (Linux answers with an int). */
	PSOCK_OPT_BYTE,
	/* Any value, taken as a boolean and passed as one byte
	 * (IP_MULTICAST_LOOP). get: int. */
	PSOCK_OPT_BOOL_BYTE,
	/* Any value, taken as a boolean and passed as an int
	 * (IPV6_MULTICAST_LOOP). get: int. */
	PSOCK_OPT_BOOL_INT,
	/* struct linger from ['l_onoff' => int, 'l_linger' => int]. get: the
	 * same array. */
	PSOCK_OPT_LINGER,
	/* struct timeval from ['sec' => int, 'usec' => int]. get: the same. */
	PSOCK_OPT_TIMEVAL,
	/* An interface name (SO_BINDTODEVICE): the bytes of a string, or
	 * nothing (unbind) for any other value. get: the name, "" if none. */
	PSOCK_OPT_IFNAME,
	/* TCP_CONGESTION: the bytes of a string (nothing for other values).
	 * get: ['name' => string]. */
	PSOCK_OPT_CONGESTION,
	/* struct group_req from ['group' => address, 'interface' => name or
	 * index]. get: int (the kernel refuses). */
	PSOCK_OPT_MCAST_GROUP,
	/* struct group_source_req from ['group', 'source', 'interface'].
	 * get: int (the kernel refuses). */
	PSOCK_OPT_MCAST_SOURCE,
	/* IP_MULTICAST_IF: an interface name or index, passed as the
	 * interface's IPv4 address. get: the index of the interface that has
	 * the address the kernel holds (0 for any). */
	PSOCK_OPT_IP_MCAST_IF,
	/* IPV6_MULTICAST_IF: an interface name or index, passed as an unsigned
	 * int. get: int. */
	PSOCK_OPT_IPV6_MCAST_IF,
	/* IPV6_PKTINFO: ['addr' => IPv6 address, 'ifindex' => name or index].
	 * get: the same array. */
	PSOCK_OPT_IN6_PKTINFO,
	/* SO_ATTACH_REUSEPORT_CBPF (PHP 8.3): 0 detaches the program; SKF_AD_CPU
	 * or SKF_AD_QUEUE attaches a program that picks the socket of the group
	 * by that value. get: int. */
	PSOCK_OPT_REUSEPORT_CBPF,
	/* Read-only structures, decoded into arrays of named fields; set passes
	 * an int (the kernel refuses). */
	PSOCK_OPT_MEMINFO,
	PSOCK_OPT_PEERCRED,
	PSOCK_OPT_TCP_INFO
};

/* Where a constant or an option's handling comes from, for the docs. */
enum psock_origin {
	PSOCK_FROM_PHP82,
	PSOCK_FROM_PHP83_85,
	PSOCK_FROM_OURS
};

typedef struct psock_sockopt {
	const char *name;           /* the PHP constant, e.g. "SO_LINGER" */
	int level;
	int option;
	enum psock_opt_kind kind;
	long long min, max;         /* the values set accepts, for INT and BYTE */
	enum psock_origin origin;
} psock_sockopt;

extern const psock_sockopt psock_sockopts[];
extern const size_t psock_sockopt_count;

/* The row for a pair, or the plain-int row (name NULL, full int range) for
 * a pair the table does not list. Never NULL. */
const psock_sockopt *psock_sockopt_find(int level, int option);

/* Whether v is a value the row's set accepts (INT and BYTE kinds). */
static inline int psock_sockopt_in_range(const psock_sockopt *opt, long long v)
{
	return v >= opt->min && v <= opt->max;
}

/* Thin wrappers with the core's error convention: 0 or -errno. */
int psock_getsockopt(int fd, int level, int option, void *buf, socklen_t *len);
int psock_setsockopt(int fd, int level, int option, const void *buf, socklen_t len);

/* Reads an int option. A one-byte answer (some systems give one for the
 * multicast options) is taken as an unsigned byte; a shorter one, or none,
 * leaves the rest zero. */
int psock_getsockopt_int(int fd, int level, int option, int *out);

/* struct linger as PHP has always passed it: PHP 8.2 cast both fields to
 * unsigned short, so that is the range whose meaning never changed. */
#define PSOCK_LINGER_FIELD_MAX 65535

/* The fields a conversion refused, for the binding's error message. */
enum psock_field_error {
	PSOCK_FIELD_OK,
	PSOCK_FIELD_FIRST,
	PSOCK_FIELD_SECOND
};

/* Builds a struct linger; returns which field does not fit, if any. */
enum psock_field_error psock_linger_from(long long onoff, long long linger, struct linger *out);

/* Builds a struct timeval; returns which field does not fit time_t or
 * suseconds_t, if any (none can, where those are 64 bits wide). The kernel
 * still judges the values (usec outside 0..999999 is EDOM). */
enum psock_field_error psock_timeval_from(long long sec, long long usec, struct timeval *out);

/* The bounds psock_timeval_from() applies, for the message. */
long long psock_time_t_min(void);
long long psock_time_t_max(void);
long long psock_suseconds_t_min(void);
long long psock_suseconds_t_max(void);

/* The IPv4 address of interface `index`, which IP_MULTICAST_IF takes on
 * every system (INADDR_ANY for index 0). The name and the address are asked
 * of the socket itself, through ioctl, as PHP 8.2 does, so the errors are
 * the same (ENOTTY for a socket that is not an IP one, ENODEV for no such
 * interface, EADDRNOTAVAIL for one without an IPv4 address). Returns 0 or
 * -errno. */
int psock_ifindex_to_ipv4(int fd, unsigned index, struct in_addr *out);

/* The index of the interface that has IPv4 address `addr` (0 for
 * INADDR_ANY). Returns 0, -ENXIO when no interface has it, or -errno when
 * the interfaces cannot be listed. */
int psock_ipv4_to_ifindex(struct in_addr addr, unsigned *index);

/* Sets a multicast membership option (MCAST_JOIN_GROUP and the rest) with
 * a struct group_req, or a struct group_source_req when source is not NULL.
 * The addresses are sockaddr_in or sockaddr_in6. Returns 0 or -errno. */
int psock_mcast_set(int fd, int level, int option, const struct sockaddr *group, socklen_t group_len,
		const struct sockaddr *source, socklen_t source_len, unsigned ifindex);

/* SO_ATTACH_REUSEPORT_CBPF as PHP 8.3 defines it: selector 0 detaches
 * (SO_DETACH_BPF); SKF_AD_CPU or SKF_AD_QUEUE attaches a two-instruction
 * program returning that ancillary value, which the kernel takes as the
 * index of the socket in the reuseport group. Returns 0, -errno, or
 * PSOCK_E_CBPF_UNSUPPORTED for any other selector. */
#define PSOCK_E_CBPF_UNSUPPORTED (-1000)
int psock_reuseport_cbpf(int fd, long long selector);

/* A named value decoded from a structure the kernel fills. */
typedef struct psock_field {
	const char *name;
	unsigned long long value;
	int is_signed;              /* value holds a sign-extended long long */
} psock_field;

/* Room enough for any decoder below. */
#define PSOCK_FIELDS_MAX 96

/* Decoders: each takes the bytes getsockopt() returned (len of them) and
 * writes the fields wholly inside them, in the structure's order. They
 * return the count. The buffer sizes to ask for are the *_SIZE values. */
size_t psock_meminfo_fields(const void *buf, size_t len, psock_field *out, size_t max);
size_t psock_peercred_fields(const void *buf, size_t len, psock_field *out, size_t max);
size_t psock_tcp_info_fields(const void *buf, size_t len, psock_field *out, size_t max);

extern const size_t PSOCK_MEMINFO_SIZE;
extern const size_t PSOCK_PEERCRED_SIZE;
extern const size_t PSOCK_TCP_INFO_SIZE;

#endif
