/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The option table and the conversions behind socket_get_option() and
 * socket_set_option(). See sockopt.h.
 */
#include <errno.h>
#include <ifaddrs.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <linux/filter.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include "sockopt.h"

#ifndef SOL_TCP
# define SOL_TCP IPPROTO_TCP
#endif

/* Row builders: the common shapes, so that each row reads as one line. */
#define ANY_INT INT_MIN, INT_MAX
#define OPT_INT(lvl, opt, origin) { #opt, lvl, opt, PSOCK_OPT_INT, ANY_INT, origin }
#define OPT_KIND(lvl, opt, kind, origin) { #opt, lvl, opt, kind, ANY_INT, origin }
#define OPT_RANGE(lvl, opt, kind, lo, hi, origin) { #opt, lvl, opt, kind, lo, hi, origin }

#define P82 PSOCK_FROM_PHP82
#define P83 PSOCK_FROM_PHP83_85
#define OURS PSOCK_FROM_OURS

const psock_sockopt psock_sockopts[] = {
	/* SOL_SOCKET, PHP 8.2. */
	OPT_INT(SOL_SOCKET, SO_DEBUG, P82),
	OPT_INT(SOL_SOCKET, SO_REUSEADDR, P82),
	OPT_INT(SOL_SOCKET, SO_REUSEPORT, P82),
	OPT_INT(SOL_SOCKET, SO_KEEPALIVE, P82),
	OPT_INT(SOL_SOCKET, SO_DONTROUTE, P82),
	OPT_KIND(SOL_SOCKET, SO_LINGER, PSOCK_OPT_LINGER, P82),
	OPT_INT(SOL_SOCKET, SO_BROADCAST, P82),
	OPT_INT(SOL_SOCKET, SO_OOBINLINE, P82),
	OPT_INT(SOL_SOCKET, SO_SNDBUF, P82),
	OPT_INT(SOL_SOCKET, SO_RCVBUF, P82),
	OPT_INT(SOL_SOCKET, SO_SNDLOWAT, P82),
	OPT_INT(SOL_SOCKET, SO_RCVLOWAT, P82),
	OPT_KIND(SOL_SOCKET, SO_SNDTIMEO, PSOCK_OPT_TIMEVAL, P82),
	OPT_KIND(SOL_SOCKET, SO_RCVTIMEO, PSOCK_OPT_TIMEVAL, P82),
	OPT_INT(SOL_SOCKET, SO_TYPE, P82),
	OPT_INT(SOL_SOCKET, SO_ERROR, P82),
	OPT_KIND(SOL_SOCKET, SO_BINDTODEVICE, PSOCK_OPT_IFNAME, P82),
	/* The kernel keeps the mark as a u32: 0xffffffff is as valid as -1. */
	OPT_RANGE(SOL_SOCKET, SO_MARK, PSOCK_OPT_INT, INT_MIN, UINT32_MAX, P82),
	OPT_INT(SOL_SOCKET, SO_INCOMING_CPU, P82),
	OPT_KIND(SOL_SOCKET, SO_MEMINFO, PSOCK_OPT_MEMINFO, P82),
	OPT_INT(SOL_SOCKET, SO_BPF_EXTENSIONS, P82),
	OPT_INT(SOL_SOCKET, SO_ZEROCOPY, P82),
	OPT_INT(SOL_SOCKET, SO_PASSCRED, P82),

	/* IPPROTO_IP, PHP 8.2. */
	OPT_KIND(IPPROTO_IP, MCAST_JOIN_GROUP, PSOCK_OPT_MCAST_GROUP, P82),
	OPT_KIND(IPPROTO_IP, MCAST_LEAVE_GROUP, PSOCK_OPT_MCAST_GROUP, P82),
	OPT_KIND(IPPROTO_IP, MCAST_BLOCK_SOURCE, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IP, MCAST_UNBLOCK_SOURCE, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IP, IP_MULTICAST_IF, PSOCK_OPT_IP_MCAST_IF, P82),
	OPT_RANGE(IPPROTO_IP, IP_MULTICAST_TTL, PSOCK_OPT_BYTE, 0, 255, P82),
	OPT_KIND(IPPROTO_IP, IP_MULTICAST_LOOP, PSOCK_OPT_BOOL_BYTE, P82),

	/* IPPROTO_IPV6, PHP 8.2. */
	OPT_KIND(IPPROTO_IPV6, MCAST_JOIN_GROUP, PSOCK_OPT_MCAST_GROUP, P82),
	OPT_KIND(IPPROTO_IPV6, MCAST_LEAVE_GROUP, PSOCK_OPT_MCAST_GROUP, P82),
	OPT_KIND(IPPROTO_IPV6, MCAST_BLOCK_SOURCE, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IPV6, MCAST_UNBLOCK_SOURCE, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP, PSOCK_OPT_MCAST_SOURCE, P82),
	OPT_KIND(IPPROTO_IPV6, IPV6_MULTICAST_IF, PSOCK_OPT_IPV6_MCAST_IF, P82),
	OPT_RANGE(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, PSOCK_OPT_INT, -1, 255, P82),
	OPT_KIND(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, PSOCK_OPT_BOOL_INT, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_V6ONLY, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_UNICAST_HOPS, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_RECVPKTINFO, P82),
	OPT_KIND(IPPROTO_IPV6, IPV6_PKTINFO, PSOCK_OPT_IN6_PKTINFO, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_RECVHOPLIMIT, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_HOPLIMIT, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_RECVTCLASS, P82),
	OPT_INT(IPPROTO_IPV6, IPV6_TCLASS, P82),

	/* SOL_TCP, PHP 8.2. */
	OPT_INT(SOL_TCP, TCP_NODELAY, P82),
	OPT_INT(SOL_TCP, TCP_KEEPIDLE, P82),
	OPT_INT(SOL_TCP, TCP_KEEPINTVL, P82),
	OPT_INT(SOL_TCP, TCP_KEEPCNT, P82),
	OPT_KIND(SOL_TCP, TCP_CONGESTION, PSOCK_OPT_CONGESTION, P82),
	OPT_INT(SOL_TCP, TCP_NOTSENT_LOWAT, P82),
	OPT_INT(SOL_TCP, TCP_DEFER_ACCEPT, P82),

	/* Constants PHP 8.3 to 8.5 added. SO_DETACH_BPF is SO_DETACH_FILTER. */
	OPT_KIND(SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, PSOCK_OPT_REUSEPORT_CBPF, P83),
	OPT_INT(SOL_SOCKET, SO_DETACH_FILTER, P83),
	OPT_INT(SOL_SOCKET, SO_INCOMING_NAPI_ID, P83),
	OPT_INT(SOL_SOCKET, SO_BINDTOIFINDEX, P83),
	OPT_KIND(SOL_SOCKET, SO_PEERCRED, PSOCK_OPT_PEERCRED, P83),
	OPT_INT(SOL_TCP, TCP_QUICKACK, P83),
	OPT_INT(SOL_TCP, TCP_REPAIR, P83),
	OPT_INT(SOL_TCP, TCP_SYNCNT, P83),
	OPT_INT(SOL_TCP, TCP_USER_TIMEOUT, P83),
	OPT_INT(IPPROTO_IP, IP_MTU_DISCOVER, P83),
	OPT_INT(IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, P83),
	OPT_INT(SOL_UDPLITE, UDPLITE_SEND_CSCOV, P83),
	OPT_INT(SOL_UDPLITE, UDPLITE_RECV_CSCOV, P83),

	/* Linux options no PHP version defines. */
	OPT_INT(IPPROTO_IP, IP_TTL, OURS),
	OPT_INT(IPPROTO_IP, IP_TOS, OURS),
	OPT_INT(IPPROTO_IP, IP_PKTINFO, OURS),
	OPT_INT(IPPROTO_IP, IP_RECVERR, OURS),
	OPT_INT(IPPROTO_IP, IP_FREEBIND, OURS),
	OPT_INT(IPPROTO_IP, IP_TRANSPARENT, OURS),
	OPT_INT(IPPROTO_IPV6, IPV6_RECVERR, OURS),
	OPT_INT(SOL_TCP, TCP_MAXSEG, OURS),
	OPT_INT(SOL_TCP, TCP_CORK, OURS),
	OPT_INT(SOL_TCP, TCP_FASTOPEN, OURS),
	OPT_INT(SOL_TCP, TCP_LINGER2, OURS),
	OPT_INT(SOL_TCP, TCP_WINDOW_CLAMP, OURS),
	OPT_KIND(SOL_TCP, TCP_INFO, PSOCK_OPT_TCP_INFO, OURS),
	OPT_INT(SOL_SOCKET, SO_PRIORITY, OURS),
	OPT_INT(SOL_SOCKET, SO_PROTOCOL, OURS),
	OPT_INT(SOL_SOCKET, SO_DOMAIN, OURS),
	OPT_INT(SOL_SOCKET, SO_BUSY_POLL, OURS),
	OPT_INT(SOL_SOCKET, SO_RCVBUFFORCE, OURS),
	OPT_INT(SOL_SOCKET, SO_SNDBUFFORCE, OURS),
	OPT_INT(SOL_SOCKET, SO_PEEK_OFF, OURS),
	OPT_INT(SOL_SOCKET, SO_TIMESTAMP, OURS),
};

const size_t psock_sockopt_count = sizeof(psock_sockopts) / sizeof(psock_sockopts[0]);

static const psock_sockopt plain_int = { NULL, 0, 0, PSOCK_OPT_INT, ANY_INT, P82 };

const psock_sockopt *psock_sockopt_find(int level, int option)
{
	size_t i;

	for (i = 0; i < psock_sockopt_count; i++) {
		if (psock_sockopts[i].level == level && psock_sockopts[i].option == option) {
			return &psock_sockopts[i];
		}
	}
	return &plain_int;
}

int psock_getsockopt(int fd, int level, int option, void *buf, socklen_t *len)
{
	return getsockopt(fd, level, option, buf, len) == 0 ? 0 : -errno;
}

int psock_setsockopt(int fd, int level, int option, const void *buf, socklen_t len)
{
	return setsockopt(fd, level, option, buf, len) == 0 ? 0 : -errno;
}

int psock_getsockopt_int(int fd, int level, int option, int *out)
{
	int value = 0;
	socklen_t len = sizeof(value);
	int rc = psock_getsockopt(fd, level, option, &value, &len);

	if (rc < 0) {
		return rc;
	}
	if (len == 1) {
		value = *(unsigned char *)&value;
	}
	*out = value;
	return 0;
}

enum psock_field_error psock_linger_from(long long onoff, long long linger, struct linger *out)
{
	if (onoff < 0 || onoff > PSOCK_LINGER_FIELD_MAX) {
		return PSOCK_FIELD_FIRST;
	}
	if (linger < 0 || linger > PSOCK_LINGER_FIELD_MAX) {
		return PSOCK_FIELD_SECOND;
	}
	out->l_onoff = (int)onoff;
	out->l_linger = (int)linger;
	return PSOCK_FIELD_OK;
}

/* time_t and suseconds_t are signed integer types; their limits follow from
 * their width. */
#define SIGNED_MAX(type) ((long long)(((unsigned long long)1 << (sizeof(type) * CHAR_BIT - 1)) - 1))

long long psock_time_t_min(void)
{
	return -SIGNED_MAX(time_t) - 1;
}

long long psock_time_t_max(void)
{
	return SIGNED_MAX(time_t);
}

long long psock_suseconds_t_min(void)
{
	return -SIGNED_MAX(suseconds_t) - 1;
}

long long psock_suseconds_t_max(void)
{
	return SIGNED_MAX(suseconds_t);
}

enum psock_field_error psock_timeval_from(long long sec, long long usec, struct timeval *out)
{
	if (sec < psock_time_t_min() || sec > psock_time_t_max()) {
		return PSOCK_FIELD_FIRST;
	}
	if (usec < psock_suseconds_t_min() || usec > psock_suseconds_t_max()) {
		return PSOCK_FIELD_SECOND;
	}
	out->tv_sec = (time_t)sec;
	out->tv_usec = (suseconds_t)usec;
	return PSOCK_FIELD_OK;
}

int psock_ifindex_to_ipv4(int fd, unsigned index, struct in_addr *out)
{
	struct ifreq req;

	if (index == 0) {
		out->s_addr = htonl(INADDR_ANY);
		return 0;
	}
	memset(&req, 0, sizeof(req));
	req.ifr_ifindex = (int)index;
	if (ioctl(fd, SIOCGIFNAME, &req) != 0) {
		return -errno;
	}
	if (ioctl(fd, SIOCGIFADDR, &req) != 0) {
		return -errno;
	}
	memcpy(out, &((struct sockaddr_in *)&req.ifr_addr)->sin_addr, sizeof(*out));
	return 0;
}

int psock_ipv4_to_ifindex(struct in_addr addr, unsigned *index)
{
	struct ifaddrs *list, *p;
	int rc = -ENXIO;

	if (addr.s_addr == htonl(INADDR_ANY)) {
		*index = 0;
		return 0;
	}
	if (getifaddrs(&list) != 0) {
		return -errno;
	}
	for (p = list; p; p = p->ifa_next) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)p->ifa_addr;

		if (in && in->sin_family == AF_INET && in->sin_addr.s_addr == addr.s_addr) {
			unsigned found = if_nametoindex(p->ifa_name);
			rc = found ? 0 : -errno;
			*index = found;
			break;
		}
	}
	freeifaddrs(list);
	return rc;
}

int psock_mcast_set(int fd, int level, int option, const struct sockaddr *group, socklen_t group_len,
		const struct sockaddr *source, socklen_t source_len, unsigned ifindex)
{
	if (group_len > sizeof(struct sockaddr_storage) || source_len > sizeof(struct sockaddr_storage)) {
		return -EINVAL;
	}
	if (source) {
		struct group_source_req req;

		memset(&req, 0, sizeof(req));
		req.gsr_interface = ifindex;
		memcpy(&req.gsr_group, group, group_len);
		memcpy(&req.gsr_source, source, source_len);
		return psock_setsockopt(fd, level, option, &req, sizeof(req));
	} else {
		struct group_req req;

		memset(&req, 0, sizeof(req));
		req.gr_interface = ifindex;
		memcpy(&req.gr_group, group, group_len);
		return psock_setsockopt(fd, level, option, &req, sizeof(req));
	}
}

int psock_reuseport_cbpf(int fd, long long selector)
{
	struct sock_filter code[2];
	struct sock_fprog prog;

	if (selector == 0) {
		int one = 1;
		return psock_setsockopt(fd, SOL_SOCKET, SO_DETACH_BPF, &one, sizeof(one));
	}
	if (selector != SKF_AD_CPU && selector != SKF_AD_QUEUE) {
		return PSOCK_E_CBPF_UNSUPPORTED;
	}
	/* A = the ancillary value (the CPU or the receive queue); return A.
	 * The padding after prog.len is cleared too: it is copied to the kernel. */
	memset(code, 0, sizeof(code));
	memset(&prog, 0, sizeof(prog));
	code[0].code = BPF_LD | BPF_W | BPF_ABS;
	code[0].k = (uint32_t)(SKF_AD_OFF + selector);
	code[1].code = BPF_RET | BPF_A;
	prog.len = 2;
	prog.filter = code;
	return psock_setsockopt(fd, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog));
}

/* Decoding: a field is a name, an offset and a width in bytes. */
typedef struct field_desc {
	const char *name;
	size_t offset;
	unsigned char width;
	unsigned char is_signed;
} field_desc;

static unsigned long long read_field(const unsigned char *buf, const field_desc *f)
{
	switch (f->width) {
	case 1:
		return buf[f->offset];
	case 4: {
		uint32_t v;
		memcpy(&v, buf + f->offset, sizeof(v));
		return f->is_signed ? (unsigned long long)(long long)(int32_t)v : v;
	}
	default: {
		uint64_t v;
		memcpy(&v, buf + f->offset, sizeof(v));
		return v;
	}
	}
}

static size_t decode(const field_desc *descs, size_t ndescs, const void *buf, size_t len,
		psock_field *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < ndescs && n < max; i++) {
		if (descs[i].offset + descs[i].width > len) {
			break;
		}
		out[n].name = descs[i].name;
		out[n].value = read_field(buf, &descs[i]);
		out[n].is_signed = descs[i].is_signed;
		n++;
	}
	return n;
}

/* SO_MEMINFO: PHP 8.2's names, in the kernel's order (SK_MEMINFO_*). */
static const field_desc meminfo_descs[] = {
	{ "rmem_alloc", SK_MEMINFO_RMEM_ALLOC * 4, 4, 0 },
	{ "rcvbuf", SK_MEMINFO_RCVBUF * 4, 4, 0 },
	{ "wmem_alloc", SK_MEMINFO_WMEM_ALLOC * 4, 4, 0 },
	{ "sndbuf", SK_MEMINFO_SNDBUF * 4, 4, 0 },
	{ "fwd_alloc", SK_MEMINFO_FWD_ALLOC * 4, 4, 0 },
	{ "wmem_queued", SK_MEMINFO_WMEM_QUEUED * 4, 4, 0 },
	{ "optmem", SK_MEMINFO_OPTMEM * 4, 4, 0 },
	{ "backlog", SK_MEMINFO_BACKLOG * 4, 4, 0 },
	{ "drops", SK_MEMINFO_DROPS * 4, 4, 0 },
};

const size_t PSOCK_MEMINFO_SIZE = SK_MEMINFO_VARS * sizeof(uint32_t);

size_t psock_meminfo_fields(const void *buf, size_t len, psock_field *out, size_t max)
{
	return decode(meminfo_descs, sizeof(meminfo_descs) / sizeof(meminfo_descs[0]), buf, len, out, max);
}

/* uid and gid read as signed, as PHP's own SO_PEERCRED gives them: the
 * kernel's "no such id" ((uid_t)-1, on a socket without a peer) is -1. */
static const field_desc peercred_descs[] = {
	{ "pid", offsetof(struct ucred, pid), 4, 1 },
	{ "uid", offsetof(struct ucred, uid), 4, 1 },
	{ "gid", offsetof(struct ucred, gid), 4, 1 },
};

const size_t PSOCK_PEERCRED_SIZE = sizeof(struct ucred);

size_t psock_peercred_fields(const void *buf, size_t len, psock_field *out, size_t max)
{
	return decode(peercred_descs, sizeof(peercred_descs) / sizeof(peercred_descs[0]), buf, len, out, max);
}

/* struct tcp_info, named after its fields without the "tcpi_" prefix. The
 * two bytes of bit-fields after tcpi_options are decoded separately. */
#define TI(field, width) { #field, offsetof(struct tcp_info, tcpi_##field), width, 0 }

static const field_desc tcp_info_head[] = {
	TI(state, 1), TI(ca_state, 1), TI(retransmits, 1), TI(probes, 1), TI(backoff, 1),
	TI(options, 1),
};

static const field_desc tcp_info_tail[] = {
	TI(rto, 4), TI(ato, 4), TI(snd_mss, 4), TI(rcv_mss, 4),
	TI(unacked, 4), TI(sacked, 4), TI(lost, 4), TI(retrans, 4), TI(fackets, 4),
	TI(last_data_sent, 4), TI(last_ack_sent, 4), TI(last_data_recv, 4), TI(last_ack_recv, 4),
	TI(pmtu, 4), TI(rcv_ssthresh, 4), TI(rtt, 4), TI(rttvar, 4), TI(snd_ssthresh, 4),
	TI(snd_cwnd, 4), TI(advmss, 4), TI(reordering, 4),
	TI(rcv_rtt, 4), TI(rcv_space, 4),
	TI(total_retrans, 4),
	TI(pacing_rate, 8), TI(max_pacing_rate, 8), TI(bytes_acked, 8), TI(bytes_received, 8),
	TI(segs_out, 4), TI(segs_in, 4),
	TI(notsent_bytes, 4), TI(min_rtt, 4), TI(data_segs_in, 4), TI(data_segs_out, 4),
	TI(delivery_rate, 8),
	TI(busy_time, 8), TI(rwnd_limited, 8), TI(sndbuf_limited, 8),
	TI(delivered, 4), TI(delivered_ce, 4),
	TI(bytes_sent, 8), TI(bytes_retrans, 8), TI(dsack_dups, 4), TI(reord_seen, 4),
	TI(rcv_ooopack, 4),
	TI(snd_wnd, 4),
};

const size_t PSOCK_TCP_INFO_SIZE = sizeof(struct tcp_info);

size_t psock_tcp_info_fields(const void *buf, size_t len, psock_field *out, size_t max)
{
	size_t n = decode(tcp_info_head, sizeof(tcp_info_head) / sizeof(tcp_info_head[0]), buf, len, out, max);
	size_t bits_at = offsetof(struct tcp_info, tcpi_options) + 1;
	struct tcp_info info;

	if (n < sizeof(tcp_info_head) / sizeof(tcp_info_head[0]) || len < bits_at + 2 || max - n < 4) {
		return n;
	}
	/* The compiler knows how this ABI lays out bit-fields; let it read them
	 * from a copy rather than assuming an order. */
	memset(&info, 0, sizeof(info));
	memcpy(&info, buf, len < sizeof(info) ? len : sizeof(info));
	out[n++] = (psock_field){ "snd_wscale", info.tcpi_snd_wscale, 0 };
	out[n++] = (psock_field){ "rcv_wscale", info.tcpi_rcv_wscale, 0 };
	out[n++] = (psock_field){ "delivery_rate_app_limited", info.tcpi_delivery_rate_app_limited, 0 };
	out[n++] = (psock_field){ "fastopen_client_fail", info.tcpi_fastopen_client_fail, 0 };
	return n + decode(tcp_info_tail, sizeof(tcp_info_tail) / sizeof(tcp_info_tail[0]), buf, len,
			out + n, max - n);
}
