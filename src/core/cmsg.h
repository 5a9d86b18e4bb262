/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Control messages: the ancillary data of sendmsg() and recvmsg().
 *
 * Everything the module knows about a control message type (its level and
 * type, what its data holds, how big it is) is one row of the table in
 * cmsg.c. Building writes headers and data into a caller's buffer and never
 * past its capacity; parsing walks a received buffer and never reads outside
 * it, whatever the cmsg_len fields claim.
 */
#ifndef PSOCK_CMSG_H
#define PSOCK_CMSG_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

/* What the data of a control message holds. */
typedef enum {
	PSOCK_CMSG_FDS,         /* SCM_RIGHTS: any number of descriptors (int) */
	PSOCK_CMSG_CRED,        /* SCM_CREDENTIALS: struct ucred */
	PSOCK_CMSG_IN6_PKTINFO, /* IPV6_PKTINFO: struct in6_pktinfo */
	PSOCK_CMSG_INT          /* IPV6_HOPLIMIT, IPV6_TCLASS: one int */
} psock_cmsg_kind;

typedef struct psock_cmsg_type {
	int level;
	int type;
	psock_cmsg_kind kind;
	size_t size;      /* bytes of data of the fixed part (0 for a pure array) */
	size_t elem_size; /* bytes of one element of the array part, 0 when none */
} psock_cmsg_type;

/* The row for (level, type), or NULL when the module does not handle it. */
const psock_cmsg_type *psock_cmsg_find(int level, int type);

/* CMSG_SPACE(t->size + n * t->elem_size) in *out: the buffer space of one
 * such message carrying n elements (n is ignored for fixed-size types).
 * Returns 0, or -EOVERFLOW when the result would exceed max. */
int psock_cmsg_space(const psock_cmsg_type *t, size_t n, size_t max, size_t *out);

/* CMSG_SPACE(data_len), or 0 when that does not fit a size_t. */
size_t psock_cmsg_space_for(size_t data_len);

/* Values of the fixed-size types, independent of the kernel's structs. */
typedef struct {
	int32_t pid;
	uint32_t uid;
	uint32_t gid;
} psock_cmsg_cred;

typedef struct {
	unsigned char addr[16]; /* struct in6_addr, network order */
	uint32_t ifindex;
} psock_cmsg_pktinfo;

/* Building: a buffer the caller owns (and grows), filled from offset 0. */
typedef struct {
	unsigned char *buf;
	size_t cap;
	size_t len; /* bytes used, always a multiple of the header alignment */
} psock_cmsg_builder;

/* Appends a message (level, type) with data_len bytes of data, zeroed, and
 * sets *data to them. Returns 0; -ENOSPC when the buffer has less than
 * psock_cmsg_space_for(data_len) bytes left (nothing is written: grow buf to
 * len + that space and call again); -EOVERFLOW when data_len is absurd. */
int psock_cmsg_append(psock_cmsg_builder *b, int level, int type, size_t data_len,
		unsigned char **data);

/* Writers of data appended for a type of the matching kind. */
void psock_cmsg_put_int(unsigned char *data, int value);
void psock_cmsg_put_cred(unsigned char *data, const psock_cmsg_cred *cred);
void psock_cmsg_put_pktinfo(unsigned char *data, const psock_cmsg_pktinfo *info);
void psock_cmsg_put_fd(unsigned char *data, size_t index, int fd);

/* Parsing: one message of a received buffer. */
typedef struct {
	int level;
	int type;
	size_t cmsg_len;      /* what the header says */
	size_t avail_len;     /* bytes of the message inside the buffer: min(cmsg_len, rest) */
	unsigned char *data;  /* CMSG_DATA() of the message */
	size_t data_len;      /* bytes of data inside the buffer and inside cmsg_len */
} psock_cmsg_view;

typedef struct {
	unsigned char *buf;
	size_t len;
	size_t offset;  /* of the next header */
	int done;
} psock_cmsg_iter;

/* Walks the messages of a received control buffer (its start aligned as
 * malloc'd memory is) in the order and with the rules of CMSG_FIRSTHDR and
 * glibc's CMSG_NXTHDR: a header is taken when it fits in the buffer (its
 * data may be cut short: view->data_len says how much is there); a header
 * with cmsg_len smaller than a header ends the walk. */
void psock_cmsg_iter_init(psock_cmsg_iter *it, void *control, size_t controllen);
/* Fills *out and returns 1, or returns 0 at the end. */
int psock_cmsg_iter_next(psock_cmsg_iter *it, psock_cmsg_view *out);

/* A parsed message. */
typedef struct {
	const psock_cmsg_type *type;
	union {
		int integer;
		psock_cmsg_cred cred;
		psock_cmsg_pktinfo pktinfo;
	} u;
	size_t nfds;           /* PSOCK_CMSG_FDS: how many descriptors arrived */
	unsigned char *fds;    /* where they are in the buffer */
} psock_cmsg_value;

/* Decodes a message with the table. Returns 0; -ENOTSUP when the table has
 * no row for it; -EMSGSIZE when it is shorter than its type's fixed size
 * (then *need is the CMSG_LEN() it should have had and *got the length the
 * buffer holds). */
int psock_cmsg_decode(const psock_cmsg_view *view, psock_cmsg_value *out, size_t *need, size_t *got);

/* Descriptor i (< nfds) of a decoded SCM_RIGHTS message. The slot in the
 * buffer is overwritten with -1: the caller owns the descriptor now, and
 * psock_cmsg_close_fds() will not close it. */
int psock_cmsg_take_fd(psock_cmsg_value *value, size_t i);

/* Closes every descriptor still in the SCM_RIGHTS messages of a received
 * buffer: those nobody took, because a conversion stopped early or because
 * the caller never looked (MSG_CTRUNC, or an error before). Calls
 * release(fd, arg) instead of close() when release is not NULL. Returns how
 * many it closed. */
size_t psock_cmsg_close_fds(void *control, size_t controllen, void (*release)(int fd, void *arg),
		void *arg);

#endif
