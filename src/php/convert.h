/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Conversions of PHP values that several binding files share: the check of
 * an integer argument passed on as a C int, the interface given as an index
 * or a name, and the reference-free snapshot of a user array that makes a
 * conversion safe from the user code it calls (see msg_convert.c).
 */
#ifndef PSOCK_PHP_CONVERT_H
#define PSOCK_PHP_CONVERT_H

#include "binding.h"

/* PHP 8.2's ValueError "Argument #n ($name) must be between -2147483648 and
 * 2147483647" for an integer argument that a C int cannot hold. Returns
 * false after throwing. */
bool psock_php_check_int_arg(zend_long value, uint32_t arg_num);

/* What psock_php_ifindex() found. */
typedef enum {
	PSOCK_IFINDEX_OK,
	PSOCK_IFINDEX_THREW,    /* the value could not become a string: an exception is pending */
	PSOCK_IFINDEX_RANGE,    /* an int below 0 or above UINT_MAX */
	PSOCK_IFINDEX_UNKNOWN   /* a name no interface has */
} psock_ifindex_result;

/* An interface given as an index (an int, 0 to UINT_MAX; 0 means any) or a
 * name (any other value, as a string). It neither warns nor throws (but
 * for the conversion's own exception): each caller words the failure as
 * 8.2 does at its place. For PSOCK_IFINDEX_UNKNOWN, *name is the name
 * looked up (the caller releases it); for PSOCK_IFINDEX_RANGE, *given is
 * the number. */
psock_ifindex_result psock_php_ifindex(zval *value, unsigned *index, zend_string **name, zend_long *given);

/* Makes *dst a copy of *src that user code cannot reach: references are
 * followed, and every array down to `depth` levels is a new array of its
 * own (depth 0 copies the value as it is, an array shared). Strings,
 * objects and resources are shared, with a reference counted for each.
 * Runs no user code. The caller destroys *dst with zval_ptr_dtor(), when
 * nothing points into it any more (that may run destructors). */
void psock_php_snapshot(zval *dst, zval *src, int depth);

/* The same for the values of a table (an array's, or an object's
 * properties): *dst becomes a new array of them. */
void psock_php_snapshot_table(zval *dst, HashTable *src, int depth);

/* Stores value (whose reference the callee takes over) in a by-reference
 * argument, as ZEND_TRY_ASSIGN_REF_TMP() does (typed references included),
 * but destroys the old value only once the variable holds the new one.
 * ZEND_TRY_ASSIGN_REF_*() destroy it first: a destructor run by that (an
 * object in the old array) then reaches, through the variable, an array
 * that is being freed. */
void psock_php_assign_ref(zval *ref, zval *value);

#endif
