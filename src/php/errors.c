/* SPDX-License-Identifier: BSD-3-Clause */
/* Error reporting for every function of the module, in one place. */
#include "binding.h"
#include "convert.h"

void psock_php_error(php_socket *sock, const char *msg, int err)
{
	psock_php_set_error(sock, err);
	if (!psock_is_retry_error(err)) {
		php_error_docref(NULL, E_WARNING, "%s [%d]: %s", msg, err, psock_strerror(err));
	}
}

int psock_php_check_port(zend_long port, uint32_t arg_num)
{
	if (!psock_port_valid(port)) {
		zend_argument_value_error(arg_num, "must be between 0 and 65535");
		return 0;
	}
	return 1;
}

int psock_php_check_ip_port(php_socket *sock, zend_long port, bool port_is_null, uint32_t arg_num)
{
	if (port_is_null) {
		zend_argument_value_error(arg_num, "cannot be null when the socket type is %s",
				sock->type == AF_INET ? "AF_INET" : "AF_INET6");
		return 0;
	}
	return psock_php_check_port(port, arg_num);
}

int psock_php_addr_from_zend(php_socket *sock, zend_string *text, uint16_t port,
		uint32_t arg_num, psock_addr *out)
{
	int rc = psock_addr_from_text(sock->type, ZSTR_VAL(text), ZSTR_LEN(text), port, out);

	if (rc == 0) {
		return 1;
	}
	if (rc == PSOCK_E_PATH_TOO_LONG) {
		zend_argument_value_error(arg_num, "must be less than %d", (int)PSOCK_UNIX_PATH_MAX + 1);
	} else if (rc == -ENODEV) {
		psock_php_error(sock, "Unable to find the interface", ENODEV);
	} else if (PSOCK_IS_HOST_ERROR(rc)) {
		psock_php_error(sock, "Host lookup failed", rc);
	} else {
		psock_php_error(sock, "Unsupported address family", -rc);
	}
	return 0;
}

int psock_php_assign_addr(const struct sockaddr *sa, socklen_t salen, zval *addr_ref, zval *port_ref)
{
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len;
	uint32_t port = 0;
	zval value;

	if (psock_addr_to_text_and_number(sa, salen, text, sizeof(text), &len, &port) < 0) {
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		return 0;
	}
	/* Stored before the old values are destroyed (src/php/convert.h): a
	 * destructor they run must not find a half-freed value in the variable. */
	ZVAL_STRINGL(&value, text, len);
	psock_php_assign_ref(addr_ref, &value);
	if (port_ref && sa->sa_family != AF_UNIX) {
		ZVAL_LONG(&value, port);
		psock_php_assign_ref(port_ref, &value);
	}
	return 1;
}

int psock_socket_family(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		return -errno;
	}
	return ss.ss_family;
}
