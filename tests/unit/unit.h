/* SPDX-License-Identifier: BSD-3-Clause */
/* A tiny test harness for the core: CHECK records a failure and goes on. */
#ifndef PSOCK_UNIT_H
#define PSOCK_UNIT_H

#include <stdio.h>

static int unit_failures;
static int unit_checks;

#define CHECK(cond) do { \
	unit_checks++; \
	if (!(cond)) { \
		unit_failures++; \
		fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_EQ_INT(a, b) do { \
	long long _a = (long long)(a), _b = (long long)(b); \
	unit_checks++; \
	if (_a != _b) { \
		unit_failures++; \
		fprintf(stderr, "%s:%d: CHECK failed: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, #a, #b, _a, _b); \
	} \
} while (0)

/* Each test file defines its tests as functions and lists them in main()
 * through RUN; the exit code says whether any check failed. */
#define RUN(fn) do { \
	int _before = unit_failures; \
	fn(); \
	printf("%s %s\n", unit_failures == _before ? "ok  " : "FAIL", #fn); \
} while (0)

#define UNIT_MAIN_END() do { \
	printf("# %d checks, %d failed\n", unit_checks, unit_failures); \
	return unit_failures ? 1 : 0; \
} while (0)

#endif
