/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Preloaded before libasan for the sanitizer run: PHP opens extensions with
 * RTLD_DEEPBIND, which AddressSanitizer refuses. This dlopen() drops that
 * flag and calls the real one.
 */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode)
{
	static void *(*real_dlopen)(const char *, int);

	if (!real_dlopen) {
		real_dlopen = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return real_dlopen(file, mode & ~RTLD_DEEPBIND);
}
