/* SPDX-License-Identifier: BSD-3-Clause */
/* Error codes shared by the core and the binding. */
#ifndef PSOCK_ERRORS_H
#define PSOCK_ERRORS_H

/* Host lookups fail with h_errno values, not errno. They are reported as
 * -(PSOCK_HOST_ERROR_BASE + h_errno), which is also the code PHP's
 * socket_last_error() shows for them (-10001 for HOST_NOT_FOUND). */
#define PSOCK_HOST_ERROR_BASE 10000
#define PSOCK_HOST_ERROR(h) (-(PSOCK_HOST_ERROR_BASE + (h)))
#define PSOCK_IS_HOST_ERROR(rc) ((rc) <= -PSOCK_HOST_ERROR_BASE)

/* The text for a code as socket_strerror() gives it: errno values through
 * strerror(), lookup codes (below -10000) through hstrerror(). Never NULL. */
const char *psock_strerror(int code);

/* True for the errors that mean "not now, try again" and that PHP reports
 * without a warning. */
static inline int psock_is_retry_error(int err)
{
	return err == EAGAIN || err == EWOULDBLOCK || err == EINPROGRESS;
}

#endif
