/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Conversions of PHP values shared by several binding files (convert.h).
 */
#include "convert.h"
#include <net/if.h>

bool psock_php_check_int_arg(zend_long value, uint32_t arg_num)
{
	if (ZEND_LONG_EXCEEDS_INT(value)) {
		zend_argument_value_error(arg_num, "must be between %d and %d", INT_MIN, INT_MAX);
		return false;
	}
	return true;
}

psock_ifindex_result psock_php_ifindex(zval *value, unsigned *index, zend_string **name, zend_long *given)
{
	zend_string *str;

	*name = NULL;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_LONG) {
		*given = Z_LVAL_P(value);
		if (Z_LVAL_P(value) < 0 || (zend_ulong)Z_LVAL_P(value) > UINT_MAX) {
			return PSOCK_IFINDEX_RANGE;
		}
		*index = (unsigned)Z_LVAL_P(value);
		return PSOCK_IFINDEX_OK;
	}
	str = zval_try_get_string(value);
	if (str == NULL) {
		return PSOCK_IFINDEX_THREW;
	}
	/* Looked up as a C string, as 8.2 does: a name with a NUL byte is the
	 * part before it. */
	*index = if_nametoindex(ZSTR_VAL(str));
	if (*index == 0) {
		*name = str;
		return PSOCK_IFINDEX_UNKNOWN;
	}
	zend_string_release(str);
	return PSOCK_IFINDEX_OK;
}

void psock_php_snapshot_table(zval *dst, HashTable *src, int depth)
{
	zend_string *key;
	zend_ulong idx;
	zval *val;
	HashTable *to;

	array_init_size(dst, zend_hash_num_elements(src));
	to = Z_ARRVAL_P(dst);
	/* Nothing in this loop calls user code, so `src` cannot change under
	 * it. */
	ZEND_HASH_FOREACH_KEY_VAL_IND(src, idx, key, val) {
		zval copy;

		psock_php_snapshot(&copy, val, depth - 1);
		if (key) {
			zend_hash_add_new(to, key, &copy);
		} else {
			zend_hash_index_add_new(to, idx, &copy);
		}
	} ZEND_HASH_FOREACH_END();
}

void psock_php_snapshot(zval *dst, zval *src, int depth)
{
	ZVAL_DEREF(src);
	if (Z_TYPE_P(src) == IS_ARRAY && depth > 0) {
		psock_php_snapshot_table(dst, Z_ARRVAL_P(src), depth);
		return;
	}
	ZVAL_COPY(dst, src);
}

void psock_php_assign_ref(zval *ref, zval *value)
{
	zval old;

	/* Holding the old value makes the assignment's own release of it a
	 * mere decrement; the destruction happens here, afterwards. */
	ZVAL_COPY(&old, Z_ISREF_P(ref) ? Z_REFVAL_P(ref) : ref);
	ZEND_TRY_ASSIGN_REF_TMP(ref, value);
	zval_ptr_dtor(&old);
}
