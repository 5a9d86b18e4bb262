/* SPDX-License-Identifier: BSD-3-Clause */
/* The option table and the conversions of src/core/sockopt.c. */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <linux/filter.h>
#include <linux/tcp.h>
#include "core/sockopt.h"
#include "unit.h"

static void table_has_no_duplicate_pairs(void)
{
	size_t i, j;

	for (i = 0; i < psock_sockopt_count; i++) {
		CHECK(psock_sockopts[i].name != NULL);
		CHECK(psock_sockopts[i].min <= psock_sockopts[i].max);
		for (j = i + 1; j < psock_sockopt_count; j++) {
			if (psock_sockopts[i].level == psock_sockopts[j].level
					&& psock_sockopts[i].option == psock_sockopts[j].option) {
				fprintf(stderr, "duplicate: %s and %s\n", psock_sockopts[i].name, psock_sockopts[j].name);
				CHECK(0);
			}
		}
	}
}

static void lookup_finds_rows_and_defaults_to_int(void)
{
	const psock_sockopt *opt;

	opt = psock_sockopt_find(SOL_SOCKET, SO_LINGER);
	CHECK(strcmp(opt->name, "SO_LINGER") == 0);
	CHECK_EQ_INT(opt->kind, PSOCK_OPT_LINGER);
	CHECK_EQ_INT(psock_sockopt_find(SOL_SOCKET, SO_RCVTIMEO)->kind, PSOCK_OPT_TIMEVAL);
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_TCP, TCP_CONGESTION)->kind, PSOCK_OPT_CONGESTION);
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_IP, MCAST_JOIN_GROUP)->kind, PSOCK_OPT_MCAST_GROUP);
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP)->kind, PSOCK_OPT_MCAST_SOURCE);
	CHECK_EQ_INT(psock_sockopt_find(SOL_SOCKET, SO_PEERCRED)->kind, PSOCK_OPT_PEERCRED);
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_TCP, TCP_INFO)->kind, PSOCK_OPT_TCP_INFO);
	CHECK_EQ_INT(psock_sockopt_find(SOL_SOCKET, SO_DETACH_BPF)->kind, PSOCK_OPT_INT);

	/* The level is part of the key: option 13 is SO_LINGER only at
	 * SOL_SOCKET (PHP 8.2 mixed them up when setting). */
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_TCP, SO_LINGER)->kind, PSOCK_OPT_CONGESTION);
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_IP, SO_LINGER)->kind, PSOCK_OPT_INT);
	CHECK_EQ_INT(psock_sockopt_find(IPPROTO_TCP, SO_BINDTODEVICE)->kind, PSOCK_OPT_INT);

	opt = psock_sockopt_find(12345, 678);
	CHECK(opt->name == NULL);
	CHECK_EQ_INT(opt->kind, PSOCK_OPT_INT);
	CHECK_EQ_INT(opt->min, INT_MIN);
	CHECK_EQ_INT(opt->max, INT_MAX);
}

static void ranges(void)
{
	const psock_sockopt *ttl = psock_sockopt_find(IPPROTO_IP, IP_MULTICAST_TTL);
	const psock_sockopt *hops = psock_sockopt_find(IPPROTO_IPV6, IPV6_MULTICAST_HOPS);
	const psock_sockopt *mark = psock_sockopt_find(SOL_SOCKET, SO_MARK);
	const psock_sockopt *plain = psock_sockopt_find(SOL_SOCKET, SO_RCVBUF);

	CHECK_EQ_INT(ttl->kind, PSOCK_OPT_BYTE);
	CHECK(psock_sockopt_in_range(ttl, 0) && psock_sockopt_in_range(ttl, 255));
	CHECK(!psock_sockopt_in_range(ttl, -1) && !psock_sockopt_in_range(ttl, 256));
	CHECK(psock_sockopt_in_range(hops, -1) && !psock_sockopt_in_range(hops, -2));
	CHECK(psock_sockopt_in_range(mark, 0xffffffffLL) && !psock_sockopt_in_range(mark, 0x100000000LL));
	CHECK(psock_sockopt_in_range(mark, -1));
	CHECK(psock_sockopt_in_range(plain, INT_MAX) && !psock_sockopt_in_range(plain, (long long)INT_MAX + 1));
	CHECK(!psock_sockopt_in_range(plain, (long long)INT_MIN - 1));
}

static void linger_and_timeval(void)
{
	struct linger lv;
	struct timeval tv;

	CHECK_EQ_INT(psock_linger_from(1, 5, &lv), PSOCK_FIELD_OK);
	CHECK_EQ_INT(lv.l_onoff, 1);
	CHECK_EQ_INT(lv.l_linger, 5);
	CHECK_EQ_INT(psock_linger_from(1, 65535, &lv), PSOCK_FIELD_OK);
	CHECK_EQ_INT(psock_linger_from(1, -1, &lv), PSOCK_FIELD_SECOND);
	CHECK_EQ_INT(psock_linger_from(1, 65536, &lv), PSOCK_FIELD_SECOND);
	CHECK_EQ_INT(psock_linger_from(65536, 1, &lv), PSOCK_FIELD_FIRST);
	CHECK_EQ_INT(psock_linger_from(-1, -1, &lv), PSOCK_FIELD_FIRST);

	CHECK_EQ_INT(psock_timeval_from(3, 250000, &tv), PSOCK_FIELD_OK);
	CHECK_EQ_INT(tv.tv_sec, 3);
	CHECK_EQ_INT(tv.tv_usec, 250000);
	if (sizeof(time_t) == sizeof(long long)) {
		CHECK_EQ_INT(psock_time_t_max(), LLONG_MAX);
		CHECK_EQ_INT(psock_time_t_min(), LLONG_MIN);
		CHECK_EQ_INT(psock_timeval_from(LLONG_MAX, 0, &tv), PSOCK_FIELD_OK);
	} else {
		CHECK_EQ_INT(psock_timeval_from(LLONG_MAX, 0, &tv), PSOCK_FIELD_FIRST);
	}
}

static void int_options_on_a_real_socket(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0), value = -1, one = 1;

	CHECK(fd >= 0);
	CHECK_EQ_INT(psock_getsockopt_int(fd, SOL_SOCKET, SO_TYPE, &value), 0);
	CHECK_EQ_INT(value, SOCK_STREAM);
	CHECK_EQ_INT(psock_setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one)), 0);
	CHECK_EQ_INT(psock_getsockopt_int(fd, SOL_SOCKET, SO_KEEPALIVE, &value), 0);
	CHECK_EQ_INT(value, 1);
	CHECK_EQ_INT(psock_getsockopt_int(fd, SOL_SOCKET, 9999, &value), -ENOPROTOOPT);
	/* SO_BINDTODEVICE on an unbound socket answers with nothing: 0, not
	 * whatever was in the buffer. */
	value = 12345;
	CHECK_EQ_INT(psock_getsockopt_int(fd, SOL_SOCKET, SO_BINDTODEVICE, &value), 0);
	CHECK_EQ_INT(value, 0);
	close(fd);
	CHECK_EQ_INT(psock_getsockopt_int(fd, SOL_SOCKET, SO_TYPE, &value), -EBADF);
}

static void interfaces(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0), ufd = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct in_addr addr;
	unsigned index = 99;

	CHECK(fd >= 0 && ufd >= 0);
	CHECK_EQ_INT(psock_ifindex_to_ipv4(fd, 0, &addr), 0);
	CHECK_EQ_INT(addr.s_addr, htonl(INADDR_ANY));
	CHECK_EQ_INT(psock_ifindex_to_ipv4(fd, 1, &addr), 0); /* lo */
	CHECK_EQ_INT(addr.s_addr, htonl(INADDR_LOOPBACK));
	CHECK_EQ_INT(psock_ifindex_to_ipv4(fd, 999999, &addr), -ENODEV);
	CHECK_EQ_INT(psock_ifindex_to_ipv4(ufd, 1, &addr), -ENOTTY);

	CHECK_EQ_INT(psock_ipv4_to_ifindex((struct in_addr){ htonl(INADDR_ANY) }, &index), 0);
	CHECK_EQ_INT(index, 0);
	CHECK_EQ_INT(psock_ipv4_to_ifindex((struct in_addr){ htonl(INADDR_LOOPBACK) }, &index), 0);
	CHECK_EQ_INT(index, 1);
	/* 192.0.2.1 (TEST-NET-1) is on no interface; nothing is sent. */
	CHECK_EQ_INT(psock_ipv4_to_ifindex((struct in_addr){ htonl(0xc0000201) }, &index), -ENXIO);
	close(fd);
	close(ufd);
}

static void multicast_membership_on_lo(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in group, source;

	memset(&group, 0, sizeof(group));
	group.sin_family = AF_INET;
	group.sin_addr.s_addr = htonl(0xe00000fb); /* 224.0.0.251 */
	source = group;
	source.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_JOIN_GROUP, (struct sockaddr *)&group, sizeof(group),
			NULL, 0, 1), 0);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_JOIN_GROUP, (struct sockaddr *)&group, sizeof(group),
			NULL, 0, 1), -EADDRINUSE);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_BLOCK_SOURCE, (struct sockaddr *)&group, sizeof(group),
			(struct sockaddr *)&source, sizeof(source), 1), 0);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, (struct sockaddr *)&group, sizeof(group),
			(struct sockaddr *)&source, sizeof(source), 1), 0);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_LEAVE_GROUP, (struct sockaddr *)&group, sizeof(group),
			NULL, 0, 1), 0);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_LEAVE_GROUP, (struct sockaddr *)&group, sizeof(group),
			NULL, 0, 1), -EADDRNOTAVAIL);
	CHECK_EQ_INT(psock_mcast_set(fd, IPPROTO_IP, MCAST_JOIN_GROUP, (struct sockaddr *)&group, 4096,
			NULL, 0, 1), -EINVAL);
	close(fd);
}

static void reuseport_cbpf(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0), one = 1;
	struct sockaddr_in sin;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	CHECK_EQ_INT(psock_reuseport_cbpf(fd, 7), PSOCK_E_CBPF_UNSUPPORTED);
	/* Without SO_REUSEPORT the kernel has no group to attach it to. */
	CHECK_EQ_INT(psock_reuseport_cbpf(fd, SKF_AD_CPU), -EINVAL);
	CHECK_EQ_INT(setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)), 0);
	CHECK_EQ_INT(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	CHECK_EQ_INT(psock_reuseport_cbpf(fd, SKF_AD_CPU), 0);
	CHECK_EQ_INT(psock_reuseport_cbpf(fd, SKF_AD_QUEUE), 0);
	/* 0 is PHP 8.3's SO_DETACH_BPF, which detaches a socket filter (there
	 * is none), not the reuseport program. */
	CHECK_EQ_INT(psock_reuseport_cbpf(fd, 0), -ENOENT);
	close(fd);
}

static void meminfo_decoding(void)
{
	uint32_t raw[16];
	psock_field f[PSOCK_FIELDS_MAX];
	size_t i, n;

	for (i = 0; i < 16; i++) {
		raw[i] = (uint32_t)(i + 100);
	}
	CHECK_EQ_INT(PSOCK_MEMINFO_SIZE, 9 * 4);
	n = psock_meminfo_fields(raw, PSOCK_MEMINFO_SIZE, f, PSOCK_FIELDS_MAX);
	CHECK_EQ_INT(n, 9);
	CHECK(strcmp(f[0].name, "rmem_alloc") == 0 && f[0].value == 100);
	CHECK(strcmp(f[4].name, "fwd_alloc") == 0 && f[4].value == 104);
	CHECK(strcmp(f[8].name, "drops") == 0 && f[8].value == 108);
	/* Only the fields wholly inside what the kernel wrote. */
	CHECK_EQ_INT(psock_meminfo_fields(raw, 9, f, PSOCK_FIELDS_MAX), 2);
	CHECK_EQ_INT(psock_meminfo_fields(raw, PSOCK_MEMINFO_SIZE, f, 3), 3);
}

static void peercred_decoding(void)
{
	struct ucred cred = { -5, 1000, 4294967295u };
	psock_field f[PSOCK_FIELDS_MAX];
	size_t n = psock_peercred_fields(&cred, sizeof(cred), f, PSOCK_FIELDS_MAX);

	CHECK_EQ_INT(n, 3);
	CHECK(strcmp(f[0].name, "pid") == 0 && f[0].is_signed && (long long)f[0].value == -5);
	CHECK(strcmp(f[1].name, "uid") == 0 && f[1].is_signed && (long long)f[1].value == 1000);
	CHECK(strcmp(f[2].name, "gid") == 0 && f[2].is_signed && (long long)f[2].value == -1);
}

static const psock_field *field(const psock_field *f, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(f[i].name, name) == 0) {
			return &f[i];
		}
	}
	return NULL;
}

static void tcp_info_decoding(void)
{
	struct tcp_info info;
	psock_field f[PSOCK_FIELDS_MAX];
	size_t n;
	int fd;
	socklen_t len;

	memset(&info, 0, sizeof(info));
	info.tcpi_state = 1;
	info.tcpi_snd_wscale = 7;
	info.tcpi_rcv_wscale = 9;
	info.tcpi_fastopen_client_fail = 2;
	info.tcpi_rtt = 1234;
	info.tcpi_max_pacing_rate = ~0ull;
	info.tcpi_snd_wnd = 65535;
	n = psock_tcp_info_fields(&info, sizeof(info), f, PSOCK_FIELDS_MAX);
	CHECK_EQ_INT(n, 56);
	CHECK(strcmp(f[0].name, "state") == 0 && f[0].value == 1);
	CHECK(field(f, n, "snd_wscale") && field(f, n, "snd_wscale")->value == 7);
	CHECK(field(f, n, "rcv_wscale") && field(f, n, "rcv_wscale")->value == 9);
	CHECK(field(f, n, "fastopen_client_fail") && field(f, n, "fastopen_client_fail")->value == 2);
	CHECK(field(f, n, "delivery_rate_app_limited") && field(f, n, "delivery_rate_app_limited")->value == 0);
	CHECK(field(f, n, "rtt") && field(f, n, "rtt")->value == 1234);
	CHECK(field(f, n, "max_pacing_rate") && field(f, n, "max_pacing_rate")->value == ~0ull);
	CHECK(strcmp(f[n - 1].name, "snd_wnd") == 0 && f[n - 1].value == 65535);

	/* An older kernel writes less: the fields it wrote, and no more. */
	n = psock_tcp_info_fields(&info, offsetof(struct tcp_info, tcpi_rtt), f, PSOCK_FIELDS_MAX);
	CHECK(field(f, n, "rcv_ssthresh") != NULL);
	CHECK(field(f, n, "rtt") == NULL);
	CHECK_EQ_INT(psock_tcp_info_fields(&info, 3, f, PSOCK_FIELDS_MAX), 3);
	CHECK_EQ_INT(psock_tcp_info_fields(&info, sizeof(info), f, 5), 5);

	/* A socket that never connected is in TCP_CLOSE (7). */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	len = (socklen_t)PSOCK_TCP_INFO_SIZE;
	memset(&info, 0xff, sizeof(info));
	CHECK_EQ_INT(psock_getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len), 0);
	n = psock_tcp_info_fields(&info, len, f, PSOCK_FIELDS_MAX);
	CHECK(n > 30);
	CHECK_EQ_INT(f[0].value, 7);
	close(fd);
}

int main(void)
{
	RUN(table_has_no_duplicate_pairs);
	RUN(lookup_finds_rows_and_defaults_to_int);
	RUN(ranges);
	RUN(linger_and_timeval);
	RUN(int_options_on_a_real_socket);
	RUN(interfaces);
	RUN(multicast_membership_on_lo);
	RUN(reuseport_cbpf);
	RUN(meminfo_decoding);
	RUN(peercred_decoding);
	RUN(tcp_info_decoding);
	UNIT_MAIN_END();
}
