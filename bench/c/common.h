/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the C reference programs share: a monotonic clock, a fatal-error
 * exit, and a full write. Each program prints its result as key=value lines
 * on stdout, the format bench/driver.php reads from every variant.
 */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static inline double now_sec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define die(what) do { perror(what); exit(1); } while (0)

/* Writes all of len bytes, or exits: the benchmarks never expect a short
 * count they cannot finish. */
static inline void write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			die("write");
		}
		p += n;
		len -= (size_t)n;
	}
}

static inline long arg_long(int argc, char **argv, int i, long dflt)
{
	return argc > i ? strtol(argv[i], NULL, 10) : dflt;
}

#endif
