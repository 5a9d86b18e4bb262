/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What differs between the PHP versions this module is built for, in one
 * place: each field is one observable behaviour of the bundled module that
 * changed between PHP 8.2, 8.4 and 8.5. compat.c picks the row of the PHP
 * the module is compiled against, once; the code that does the behaviour
 * reads the field, so no other file tests PHP_VERSION_ID. (The API itself,
 * functions and constants, differs in sockets.stub.php; the C interface in
 * php_sockets.h.)
 */
#ifndef PSOCK_COMPAT_H
#define PSOCK_COMPAT_H

#include "php.h"

typedef struct {
	/* What phpinfo() says the module replaces. */
	const char *drop_in_for;
	/* socket_create_listen()'s default backlog: 128 in 8.2, SOMAXCONN from 8.4. */
	int listen_backlog;
	/* The end of socket_create()'s and socket_create_pair()'s ValueError for a
	 * bad type ("must be one of ..."): 8.4 names SOCK_CLOEXEC and SOCK_NONBLOCK. */
	const char *type_choices;
	/* socket_create()'s ValueError for a bad domain: 8.5 names AF_PACKET. */
	const char *create_domain_choices;
	/* socket_sendmsg()'s conversion error for an empty unix path. */
	const char *empty_path_error;
	/* SO_LINGER, SO_RCVTIMEO and SO_SNDTIMEO throw a TypeError for a value
	 * that is neither an array nor an object (8.4), where 8.2 says which key
	 * is missing. */
	bool array_option_type_error;
	/* The MCAST_* options do the same (8.5), where 8.2 and 8.4 say
	 * 'No key "group" passed in optval'. */
	bool mcast_option_type_error;
	/* SO_BINDTODEVICE and TCP_CONGESTION throw a TypeError for a value that is
	 * not a string (8.5), where 8.2 converts it. */
	bool string_option_type_error;
	/* A multicast option on a socket that is neither AF_INET nor AF_INET6
	 * throws a ValueError (8.5), where 8.2 warns and returns false. */
	bool mcast_family_value_error;
	/* socket_shutdown() throws a ValueError for a mode other than SHUT_RD,
	 * SHUT_WR and SHUT_RDWR (8.5), where 8.2 lets the kernel say EINVAL. */
	bool shutdown_mode_value_error;
	/* socket_addrinfo_lookup() checks each hint's key, type and range and
	 * throws (8.5), where 8.2 ignores integer keys and converts any value. */
	bool addrinfo_strict_hints;
	/* socket_accept() on a non-blocking listener returns a non-blocking
	 * socket (8.5), where 8.2 returns a blocking one. */
	bool accept_inherits_nonblocking;
} psock_compat_t;

extern const psock_compat_t psock_compat;

/* What socket_import_file_descriptor() returns: int in PHP 8.2's
 * php_sockets.h, bool from 8.4 on. */
#if PHP_VERSION_ID >= 80400
typedef bool psock_import_result;
#else
typedef int psock_import_result;
#endif

/* The name of a value's type in a TypeError: "int", "true", "stdClass" (PHP
 * 8.3's zend_zval_value_name(), which 8.2 lacks). */
const char *psock_compat_value_name(const zval *value);

/* A value as an integer the way PHP 8.3's zval_try_get_long() converts it
 * (used only where psock_compat asks for 8.5's behaviour). Returns false
 * when the value has no integer meaning, or the conversion threw. */
bool psock_compat_try_get_long(zval *value, zend_long *out);

#endif
