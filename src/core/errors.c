/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <netdb.h>
#include <string.h>
#include "errors.h"

const char *psock_strerror(int code)
{
	const char *text;

	if (code < -PSOCK_HOST_ERROR_BASE) {
		text = hstrerror(-code - PSOCK_HOST_ERROR_BASE);
	} else {
		text = strerror(code);
	}
	return text ? text : "";
}
