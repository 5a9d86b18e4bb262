/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What msg.c (the functions, and the result of recvmsg) and msg_convert.c
 * (the message array to a struct msghdr) share.
 */
#ifndef PSOCK_PHP_MSG_H
#define PSOCK_PHP_MSG_H

#include "binding.h"
#include <sys/socket.h>

/* The path of keys 8.2 names in its conversion warnings, e.g.
 * "msghdr > control > element #0 > data", and whether a conversion failed
 * (after its one warning, or an exception). Deeper nesting than
 * MSG_PATH_MAX is counted but not named; the message arrays never get
 * there. */
#define MSG_PATH_MAX 8

typedef struct {
	const char *direction; /* "user" (array to msghdr) or "native" (the other way) */
	php_socket *sock;
	const char *path[MSG_PATH_MAX];
	char elements[MSG_PATH_MAX][sizeof("element #4294967295")];
	int depth;
	bool failed;
} msg_ctx;

void msg_ctx_init(msg_ctx *c, const char *direction, php_socket *sock);
void msg_ctx_push(msg_ctx *c, const char *key);
void msg_ctx_push_element(msg_ctx *c, uint32_t n);
void msg_ctx_pop(msg_ctx *c);

/* Warns "error converting <direction> data (path: ...): <text>" (8.2's
 * wording) once, and marks the conversion failed. */
void msg_fail(msg_ctx *c, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* A struct msghdr built from a message array, with everything it points to;
 * msg_out_free() releases all of it, on every path. */
typedef struct {
	struct msghdr msg;
	struct sockaddr_storage *name;
	zend_string **iov_strings; /* sendmsg: the strings iov points into */
	size_t iov_string_count;
} msg_out;

/* The message array of socket_sendmsg(): name, iov, control. Returns false
 * after warning (or with an exception pending). */
bool msg_from_zval_send(php_socket *sock, HashTable *message, msg_out *out);

/* The message array of socket_recvmsg(): name, buffer_size, controllen. */
bool msg_from_zval_recv(php_socket *sock, HashTable *message, size_t default_buffer, msg_out *out);

void msg_out_free(msg_out *out);

/* 8.2's check of integer arguments passed on as a C int. */
bool msg_check_int_arg(zend_long value, uint32_t arg_num);

#endif
