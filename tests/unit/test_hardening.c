/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Regression tests for what fuzzing (fuzz/) and the hostile-argument run
 * (tests/hostile_args.php) found in src/core. Each test names its finding in
 * docs/hardening.md; the input that found it is also in fuzz/regress/.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "core/addr.h"
#include "unit.h"

/* Finding F1: psock_addr_to_text read sa_family even when salen was shorter
 * than the family field, one or two bytes past what the caller handed. Such
 * an address is no address (an unnamed peer): empty text, no port. The
 * address lives in a heap block of exactly salen bytes, so ASan would see
 * any read past it. */
static void addr_to_text_shorter_than_family(void)
{
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len = 99;
	socklen_t salen;

	for (salen = 0; salen < sizeof(sa_family_t); salen++) {
		struct sockaddr *sa = malloc(salen ? salen : 1);
		uint16_t port = 7;

		memset(sa, 2, salen ? salen : 1);
		CHECK_EQ_INT(psock_addr_to_text(sa, salen, text, sizeof(text), &len, &port), 0);
		CHECK_EQ_INT(len, 0);
		CHECK_EQ_INT(text[0], '\0');
		CHECK_EQ_INT(port, 7);
		free(sa);
	}
}

int main(void)
{
	RUN(addr_to_text_shorter_than_family);
	UNIT_MAIN_END();
}
