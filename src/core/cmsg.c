/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include "cmsg.h"

/* The control messages the module understands, the same set as PHP 8.2.
 * Adding a type is one row here plus its conversion in the binding. */
static const psock_cmsg_type cmsg_types[] = {
#ifdef IPV6_PKTINFO
	{IPPROTO_IPV6, IPV6_PKTINFO, PSOCK_CMSG_IN6_PKTINFO, sizeof(struct in6_pktinfo), 0},
#endif
#ifdef IPV6_HOPLIMIT
	{IPPROTO_IPV6, IPV6_HOPLIMIT, PSOCK_CMSG_INT, sizeof(int), 0},
#endif
#ifdef IPV6_TCLASS
	{IPPROTO_IPV6, IPV6_TCLASS, PSOCK_CMSG_INT, sizeof(int), 0},
#endif
#ifdef SO_PASSCRED
	{SOL_SOCKET, SCM_CREDENTIALS, PSOCK_CMSG_CRED, sizeof(struct ucred), 0},
#endif
	{SOL_SOCKET, SCM_RIGHTS, PSOCK_CMSG_FDS, 0, sizeof(int)},
};

/* The alignment CMSG_ALIGN() rounds to, the size of a header, and where
 * the data starts (CMSG_LEN(0)). */
#define ALIGN_TO sizeof(size_t)
#define HDR_SIZE sizeof(struct cmsghdr)
#define DATA_OFFSET ((size_t)CMSG_LEN(0))

/* CMSG_ALIGN(n) in *out, or 0 when that overflows. */
static int align_up(size_t n, size_t *out)
{
	if (n > SIZE_MAX - (ALIGN_TO - 1)) {
		return 0;
	}
	*out = (n + ALIGN_TO - 1) & ~(ALIGN_TO - 1);
	return 1;
}

const psock_cmsg_type *psock_cmsg_find(int level, int type)
{
	size_t i;

	for (i = 0; i < sizeof(cmsg_types) / sizeof(cmsg_types[0]); i++) {
		if (cmsg_types[i].level == level && cmsg_types[i].type == type) {
			return &cmsg_types[i];
		}
	}
	return NULL;
}

size_t psock_cmsg_space_for(size_t data_len)
{
	size_t aligned;

	if (!align_up(data_len, &aligned) || aligned > SIZE_MAX - DATA_OFFSET) {
		return 0;
	}
	/* CMSG_SPACE(): the aligned header plus the aligned data. */
	return aligned + DATA_OFFSET;
}

int psock_cmsg_space(const psock_cmsg_type *t, size_t n, size_t max, size_t *out)
{
	size_t data_len = t->size, space;

	if (t->elem_size > 0) {
		if (n > (SIZE_MAX - t->size) / t->elem_size) {
			return -EOVERFLOW;
		}
		data_len += n * t->elem_size;
	}
	space = psock_cmsg_space_for(data_len);
	if (space == 0 || space > max) {
		return -EOVERFLOW;
	}
	*out = space;
	return 0;
}

int psock_cmsg_append(psock_cmsg_builder *b, int level, int type, size_t data_len,
		unsigned char **data)
{
	size_t space = psock_cmsg_space_for(data_len);
	struct cmsghdr hdr;

	if (space == 0) {
		return -EOVERFLOW;
	}
	if (b->len > b->cap || space > b->cap - b->len) {
		return -ENOSPC;
	}
	memset(&hdr, 0, sizeof(hdr));
	hdr.cmsg_len = DATA_OFFSET + data_len;
	hdr.cmsg_level = level;
	hdr.cmsg_type = type;
	/* The padding is zeroed too: the kernel copies whole messages, and
	 * data a caller leaves unset must not be whatever the buffer held. */
	memset(b->buf + b->len, 0, space);
	memcpy(b->buf + b->len, &hdr, sizeof(hdr));
	*data = b->buf + b->len + DATA_OFFSET;
	b->len += space;
	return 0;
}

void psock_cmsg_put_int(unsigned char *data, int value)
{
	memcpy(data, &value, sizeof(value));
}

void psock_cmsg_put_cred(unsigned char *data, const psock_cmsg_cred *cred)
{
#ifdef SO_PASSCRED
	struct ucred uc;

	memset(&uc, 0, sizeof(uc));
	uc.pid = (pid_t)cred->pid;
	uc.uid = (uid_t)cred->uid;
	uc.gid = (gid_t)cred->gid;
	memcpy(data, &uc, sizeof(uc));
#else
	(void)data;
	(void)cred;
#endif
}

void psock_cmsg_put_pktinfo(unsigned char *data, const psock_cmsg_pktinfo *info)
{
#ifdef IPV6_PKTINFO
	struct in6_pktinfo pi;

	memset(&pi, 0, sizeof(pi));
	memcpy(&pi.ipi6_addr, info->addr, sizeof(pi.ipi6_addr));
	pi.ipi6_ifindex = info->ifindex;
	memcpy(data, &pi, sizeof(pi));
#else
	(void)data;
	(void)info;
#endif
}

void psock_cmsg_put_fd(unsigned char *data, size_t index, int fd)
{
	memcpy(data + index * sizeof(int), &fd, sizeof(fd));
}

void psock_cmsg_iter_init(psock_cmsg_iter *it, void *control, size_t controllen)
{
	it->buf = control;
	it->len = control ? controllen : 0;
	it->offset = 0;
	it->done = 0;
}

int psock_cmsg_iter_next(psock_cmsg_iter *it, psock_cmsg_view *out)
{
	struct cmsghdr hdr;
	size_t off = it->offset, rest, step;

	if (it->done || it->len < HDR_SIZE || off > it->len - HDR_SIZE) {
		it->done = 1;
		return 0;
	}
	memcpy(&hdr, it->buf + off, sizeof(hdr));
	rest = it->len - off;
	out->level = hdr.cmsg_level;
	out->type = hdr.cmsg_type;
	out->cmsg_len = hdr.cmsg_len;
	out->avail_len = hdr.cmsg_len < rest ? hdr.cmsg_len : rest;
	if (out->avail_len >= DATA_OFFSET) {
		out->data = it->buf + off + DATA_OFFSET;
		out->data_len = out->avail_len - DATA_OFFSET;
	} else {
		out->data = NULL;
		out->data_len = 0;
	}
	/* Where the next header is, with the rules of glibc's CMSG_NXTHDR()
	 * (since 2.36), so that PHP code sees the messages 8.2 shows: a length
	 * shorter than a header ends the walk, and so does a next header that
	 * would not fit; a next message whose data the kernel cut short
	 * (MSG_CTRUNC) is still handed out, bounded by the buffer. */
	if (hdr.cmsg_len < HDR_SIZE || !align_up(hdr.cmsg_len, &step) || step > rest) {
		it->done = 1;
	} else {
		it->offset = off + step;
	}
	return 1;
}

int psock_cmsg_decode(const psock_cmsg_view *view, psock_cmsg_value *out, size_t *need, size_t *got)
{
	const psock_cmsg_type *t = psock_cmsg_find(view->level, view->type);

	memset(out, 0, sizeof(*out));
	if (t == NULL) {
		return -ENOTSUP;
	}
	out->type = t;
	if (view->avail_len < DATA_OFFSET + t->size || view->data_len < t->size) {
		*need = DATA_OFFSET + t->size;
		*got = view->avail_len;
		return -EMSGSIZE;
	}
	switch (t->kind) {
	case PSOCK_CMSG_INT:
		memcpy(&out->u.integer, view->data, sizeof(int));
		break;
	case PSOCK_CMSG_CRED: {
#ifdef SO_PASSCRED
		struct ucred uc;

		memcpy(&uc, view->data, sizeof(uc));
		out->u.cred.pid = uc.pid;
		out->u.cred.uid = uc.uid;
		out->u.cred.gid = uc.gid;
#endif
		break;
	}
	case PSOCK_CMSG_IN6_PKTINFO: {
#ifdef IPV6_PKTINFO
		struct in6_pktinfo pi;

		memcpy(&pi, view->data, sizeof(pi));
		memcpy(out->u.pktinfo.addr, &pi.ipi6_addr, sizeof(out->u.pktinfo.addr));
		out->u.pktinfo.ifindex = pi.ipi6_ifindex;
#endif
		break;
	}
	case PSOCK_CMSG_FDS:
		out->nfds = view->data_len / sizeof(int);
		out->fds = view->data;
		break;
	}
	return 0;
}

int psock_cmsg_take_fd(psock_cmsg_value *value, size_t i)
{
	int fd, taken = -1;

	if (value->fds == NULL || i >= value->nfds) {
		return -1;
	}
	memcpy(&fd, value->fds + i * sizeof(int), sizeof(fd));
	memcpy(value->fds + i * sizeof(int), &taken, sizeof(taken));
	return fd;
}

size_t psock_cmsg_close_fds(void *control, size_t controllen, void (*release)(int fd, void *arg),
		void *arg)
{
	unsigned char *buf = control;
	size_t off = 0, closed = 0, step;

	if (buf == NULL) {
		return 0;
	}
	/* The same walk as psock_cmsg_iter_next(), kept separate so that it
	 * can run over a buffer whose messages were already (partly) taken. */
	while (controllen >= HDR_SIZE && off <= controllen - HDR_SIZE) {
		struct cmsghdr hdr;
		size_t rest = controllen - off, avail, i, n;

		memcpy(&hdr, buf + off, sizeof(hdr));
		avail = hdr.cmsg_len < rest ? hdr.cmsg_len : rest;
		if (hdr.cmsg_level == SOL_SOCKET && hdr.cmsg_type == SCM_RIGHTS && avail > DATA_OFFSET) {
			n = (avail - DATA_OFFSET) / sizeof(int);
			for (i = 0; i < n; i++) {
				unsigned char *slot = buf + off + DATA_OFFSET + i * sizeof(int);
				int fd, none = -1;

				memcpy(&fd, slot, sizeof(fd));
				if (fd < 0) {
					continue;
				}
				if (release) {
					release(fd, arg);
				} else {
					close(fd);
				}
				memcpy(slot, &none, sizeof(none));
				closed++;
			}
		}
		if (hdr.cmsg_len < HDR_SIZE || !align_up(hdr.cmsg_len, &step) || step > rest) {
			break;
		}
		off += step;
	}
	return closed;
}
