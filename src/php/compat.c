/* SPDX-License-Identifier: BSD-3-Clause */
/* The row of src/php/compat.h for the PHP this module is compiled against. */
#include "compat.h"
#include <sys/socket.h>

#if PHP_VERSION_ID >= 80500
const psock_compat_t psock_compat = {
	.drop_in_for = "PHP 8.5's bundled sockets module",
	.listen_backlog = SOMAXCONN,
	.type_choices = "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM"
			" optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK",
	.create_domain_choices = "must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET",
	.empty_path_error = "the path is must not be empty",
	.array_option_type_error = true,
	.mcast_option_type_error = true,
	.string_option_type_error = true,
	.mcast_family_value_error = true,
	.shutdown_mode_value_error = true,
	.addrinfo_strict_hints = true,
	.accept_inherits_nonblocking = true,
};
#elif PHP_VERSION_ID >= 80400
const psock_compat_t psock_compat = {
	.drop_in_for = "PHP 8.4's bundled sockets module",
	.listen_backlog = SOMAXCONN,
	.type_choices = "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM"
			" optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK",
	.create_domain_choices = "must be one of AF_UNIX, AF_INET6, or AF_INET",
	.empty_path_error = "the path is must not be empty",
	.array_option_type_error = true,
};
#else
const psock_compat_t psock_compat = {
	.drop_in_for = "PHP 8.2's bundled sockets module",
	.listen_backlog = 128,
	.type_choices = "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM",
	.create_domain_choices = "must be one of AF_UNIX, AF_INET6, or AF_INET",
	.empty_path_error = "the path is cannot be empty",
};
#endif

const char *psock_compat_value_name(const zval *value)
{
#if PHP_VERSION_ID >= 80300
	return zend_zval_value_name(value);
#else
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_TRUE) {
		return "true";
	}
	if (Z_TYPE_P(value) == IS_FALSE) {
		return "false";
	}
	return zend_zval_type_name(value);
#endif
}

bool psock_compat_try_get_long(zval *value, zend_long *out)
{
#if PHP_VERSION_ID >= 80300
	bool failed;

	ZVAL_DEREF(value);
	*out = zval_try_get_long(value, &failed);
	return !failed && !EG(exception);
#else
	/* 8.2 lacks it; nothing calls this on 8.2 (no row asks for it). */
	*out = zval_get_long(value);
	return !EG(exception);
#endif
}
