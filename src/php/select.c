/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_select() and socket_atmark().
 *
 * socket_select() keeps PHP 8.2's interface (three arrays by reference,
 * reduced to the ready sockets with their keys) but has no FD_SETSIZE
 * limit: 8.2 refuses any descriptor above 1023, this takes any number of
 * any descriptor. It waits in one of two ways (sockets.select_backend):
 * ppoll() over the whole set (src/core/pollset.c), or an epoll interest set
 * kept across calls (src/core/epollset.c), whose kernel cost follows the
 * ready sockets rather than all of them. Both give the same results.
 *
 * The arrays are walked once: each element is checked as 8.2 checks it,
 * added to the set, and remembered with its slot, array and position. The
 * results are then built from the ready slots alone, in the order of the
 * original arrays, so a call over 10,000 sockets with one ready touches
 * 10,000 elements once, not twice.
 */
#include "binding.h"
#include "core/pollset.h"
#include "core/epollset.h"
#include <sys/ioctl.h>
#include <sys/socket.h>

/* add_array()'s result when it has thrown (its errors are -errno). */
#define ADD_THREW 1

/* Below this many distinct descriptors, `auto` waits with ppoll(): the
 * kernel walks a small set faster than the epoll path's extra system call
 * (the confirmation) costs. Measured with bench/php/select.php (see
 * bench/analysis.md). */
#define AUTO_EPOLL_FROM 32

enum { BACKEND_AUTO, BACKEND_POLL, BACKEND_EPOLL };

/* One element of the arrays, remembered while they are walked: its zval
 * in the array's storage (a Bucket's first member, or a packed array's
 * slot), from which its key is read back for the few that are ready. */
typedef struct {
	int next;           /* the next element on the same slot, or -1 */
	unsigned array;     /* 0, 1, 2: read, write, except */
	zval *raw;
} select_elem;

/* Kept across calls, so that a select loop allocates nothing per call and
 * the epoll set lives on; freed when the module shuts down. */
typedef struct {
	psock_pollset ps;
	psock_epollset es;
	select_elem *elems;
	size_t elems_cap;
	int *heads;         /* per slot: its first element, or -1 */
	size_t heads_cap;
	int *picked;        /* scratch: the ready elements of one array */
	size_t picked_cap;
	int backend;
	int ready;          /* ps and es initialised */
} select_state;

ZEND_TLS select_state sel;

static void state_ready(void)
{
	if (!sel.ready) {
		psock_pollset_init(&sel.ps);
		psock_epollset_init(&sel.es);
		sel.ready = 1;
	}
}

void psock_php_select_shutdown(void)
{
	if (sel.ready) {
		psock_pollset_free(&sel.ps);
		psock_epollset_free(&sel.es);
	}
	free(sel.elems);
	free(sel.heads);
	free(sel.picked);
	memset(&sel, 0, sizeof(sel));
}

void psock_php_select_forget(php_socket *sock)
{
	if (sel.es.rows_cap != 0) {
		psock_epollset_forget(&sel.es, sock->bsd_socket, (uintptr_t)&sock->std);
	}
}

ZEND_INI_MH(psock_php_select_backend_update)
{
	if (zend_string_equals_literal_ci(new_value, "auto") || ZSTR_LEN(new_value) == 0) {
		sel.backend = BACKEND_AUTO;
	} else if (zend_string_equals_literal_ci(new_value, "poll")) {
		sel.backend = BACKEND_POLL;
	} else if (zend_string_equals_literal_ci(new_value, "epoll")) {
		sel.backend = BACKEND_EPOLL;
	} else {
		return FAILURE;
	}
	return SUCCESS;
}

const char *psock_php_select_backend_info(char *buf, size_t len)
{
	int probe = psock_epoll_probe();

	switch (sel.backend) {
	case BACKEND_POLL:
		snprintf(buf, len, "poll() (sockets.select_backend=poll)");
		break;
	case BACKEND_EPOLL:
		if (probe == 0) {
			snprintf(buf, len, "epoll (sockets.select_backend=epoll)");
		} else {
			snprintf(buf, len, "poll(): epoll unavailable (%s)", strerror(-probe));
		}
		break;
	default:
		if (probe == 0) {
			snprintf(buf, len, "epoll from %d descriptors, poll() below (sockets.select_backend=auto)",
					AUTO_EPOLL_FROM);
		} else {
			snprintf(buf, len, "poll(): epoll unavailable (%s)", strerror(-probe));
		}
		break;
	}
	return buf;
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need > *cap) {
		size_t n = need < 64 ? 64 : need + need / 2;
		void *q = realloc(*p, n * size);

		if (!q) {
			return -ENOMEM;
		}
		*p = q;
		*cap = n;
	}
	return 0;
}

/* Adds every socket of one array to the set, checking each element as 8.2
 * does, and remembers each element from *n_elems on. Returns 0, ADD_THREW,
 * or -ENOMEM when the set could not grow.
 *
 * This loop is most of what a call over many sockets costs in user space,
 * so the set's arrays are held in locals (the byte arrays would otherwise
 * make the compiler reload every field after each store), and the common
 * case, a new descriptor the index covers, is done here; everything else
 * goes through psock_pollset_add_owned(). */
static int add_array(uint32_t arg_num, zval *array, unsigned interest, size_t *n_elems)
{
	psock_pollset *ps = &sel.ps;
	select_elem *elems = sel.elems;
	int *heads = sel.heads;
	size_t n = *n_elems, count = ps->count, cap = ps->cap, index_cap = ps->index_cap;
	struct pollfd *fds = ps->fds;
	unsigned char *wanted = ps->interest;
	uintptr_t *owners = ps->owner;
	int *index = ps->index;
	zval *raw;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(array), raw) {
		zval *element = raw;
		php_socket *sock;
		uintptr_t owner;
		int slot, fd;

		ZVAL_DEREF(element);
		if (UNEXPECTED(Z_TYPE_P(element) != IS_OBJECT || Z_OBJCE_P(element) != socket_ce)) {
			ps->count = count;
			zend_argument_type_error(arg_num, "must only have elements of type Socket, %s given",
					zend_zval_type_name(element));
			return ADD_THREW;
		}
		sock = Z_SOCKET_P(element);
		fd = sock->bsd_socket;
		if (UNEXPECTED(fd < 0)) {
			ps->count = count;
			zend_argument_type_error(arg_num, "contains a closed socket");
			return ADD_THREW;
		}
		/* A socket sharing its descriptor with a stream stays on the
		 * poll() path: the stream may close it unseen (epollset.h). */
		owner = Z_ISUNDEF(sock->zstream) ? (uintptr_t)&sock->std : 0;
		if (EXPECTED((size_t)fd < index_cap && index[fd] == 0 && count < cap)) {
			slot = (int)count++;
			fds[slot].fd = fd;
			fds[slot].events = psock_pollset_events[interest];
			wanted[slot] = (unsigned char)interest;
			owners[slot] = owner;
			index[fd] = slot + 1;
			heads[slot] = -1;
		} else if ((size_t)fd < index_cap && index[fd] != 0) {
			slot = index[fd] - 1;
			wanted[slot] |= (unsigned char)interest;
			fds[slot].events = psock_pollset_events[wanted[slot]];
			if (owners[slot] != owner) {
				owners[slot] = 0;
			}
		} else {
			ps->count = count;
			slot = psock_pollset_add_owned(ps, fd, interest, owner);
			if (slot < 0) {
				return slot;
			}
			if (ps->count != count) {
				heads[slot] = -1;
			}
			count = ps->count;
			cap = ps->cap;
			index_cap = ps->index_cap;
			fds = ps->fds;
			wanted = ps->interest;
			owners = ps->owner;
			index = ps->index;
		}
		elems[n].next = heads[slot];
		elems[n].array = arg_num - 1;
		elems[n].raw = raw;
		heads[slot] = (int)n++;
	} ZEND_HASH_FOREACH_END();
	ps->count = count;
	*n_elems = n;
	return 0;
}

/* Elements of one array lie in its storage in the order of the array. */
static int by_position(const void *a, const void *b)
{
	const zval *x = sel.elems[*(const int *)a].raw, *y = sel.elems[*(const int *)b].raw;

	return x < y ? -1 : x > y;
}

/* Replaces array `which` with one holding only its sockets that are ready
 * for `interest`, under their original keys, from the ready slots alone. */
static void keep_ready_slots(zval *array, unsigned which, unsigned interest)
{
	psock_pollset *ps = &sel.ps;
	zval result;
	size_t picked = 0, i;

	for (i = 0; i < ps->ready_count; i++) {
		int slot = ps->ready_slots[i], e;

		if (!(ps->ready[slot] & interest)) {
			continue;
		}
		for (e = sel.heads[slot]; e >= 0; e = sel.elems[e].next) {
			if (sel.elems[e].array == which) {
				sel.picked[picked++] = e;
			}
		}
	}
	if (picked > 1) {
		qsort(sel.picked, picked, sizeof(int), by_position);
	}
	array_init_size(&result, (uint32_t)picked);
	for (i = 0; i < picked; i++) {
		zval *raw = sel.elems[sel.picked[i]].raw, *value = raw;
		const HashTable *ht = Z_ARRVAL_P(array);

		ZVAL_DEREF(value);
		Z_ADDREF_P(value);
#if PHP_VERSION_ID >= 80200
		if (HT_IS_PACKED(ht)) {
			zend_hash_index_update(Z_ARRVAL(result), (zend_ulong)(raw - ht->arPacked), value);
			continue;
		}
#endif
		if (((Bucket *)raw)->key) {
			zend_hash_update(Z_ARRVAL(result), ((Bucket *)raw)->key, value);
		} else {
			zend_hash_index_update(Z_ARRVAL(result), ((Bucket *)raw)->h, value);
		}
	}
	zval_ptr_dtor(array);
	ZVAL_COPY_VALUE(array, &result);
}

/* The same, by walking the array: for a variable passed for two sets,
 * which the earlier set has reduced already (8.2 reduces the arrays one
 * after the other, so the later one keeps what was ready for both). */
static void keep_ready_walk(zval *array, unsigned interest)
{
	const psock_pollset *ps = &sel.ps;
	zval result, *element;
	zend_ulong index;
	zend_string *key;

	array_init(&result);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(array), index, key, element) {
		ZVAL_DEREF(element);
		if (Z_TYPE_P(element) != IS_OBJECT || Z_OBJCE_P(element) != socket_ce) {
			continue;
		}
		if (!(psock_pollset_ready(ps, psock_pollset_find(ps, Z_SOCKET_P(element)->bsd_socket)) & interest)) {
			continue;
		}
		Z_ADDREF_P(element);
		if (key) {
			zend_hash_update(Z_ARRVAL(result), key, element);
		} else {
			zend_hash_index_update(Z_ARRVAL(result), index, element);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(array);
	ZVAL_COPY_VALUE(array, &result);
}

static int wait_set(const struct timespec *timeout)
{
	psock_pollset *ps = &sel.ps;
	int rc;

	if (sel.backend == BACKEND_EPOLL || (sel.backend == BACKEND_AUTO && ps->count >= AUTO_EPOLL_FROM)) {
		rc = psock_epollset_wait(&sel.es, ps, timeout);
		if (rc != PSOCK_EPOLL_USE_POLL) {
			return rc;
		}
	}
	return psock_pollset_wait(ps, timeout);
}

PHP_FUNCTION(socket_select)
{
	zval *arrays[3] = {NULL, NULL, NULL};
	static const unsigned interests[3] = {PSOCK_POLL_READ, PSOCK_POLL_WRITE, PSOCK_POLL_EXCEPT};
	zend_long sec = 0, usec = 0;
	bool sec_is_null = 0;
	struct timespec timeout;
	psock_pollset *ps;
	size_t n = 0, n_elems = 0;
	int rc, i;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_ARRAY_EX2(arrays[0], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrays[1], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrays[2], 1, 1, 0)
		Z_PARAM_LONG_OR_NULL(sec, sec_is_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(usec)
	ZEND_PARSE_PARAMETERS_END();

	state_ready();
	ps = &sel.ps;
	psock_pollset_reset(ps);
	for (i = 0; i < 3; i++) {
		if (arrays[i]) {
			n += zend_hash_num_elements(Z_ARRVAL_P(arrays[i]));
		}
	}
	if (n && (psock_pollset_reserve(ps, n) < 0
			|| grow((void **)&sel.elems, &sel.elems_cap, n, sizeof(select_elem)) < 0
			|| grow((void **)&sel.heads, &sel.heads_cap, n, sizeof(int)) < 0
			|| grow((void **)&sel.picked, &sel.picked_cap, n, sizeof(int)) < 0)) {
		psock_pollset_reset(ps);
		psock_php_error(NULL, "Unable to select", ENOMEM);
		RETURN_FALSE;
	}
	for (i = 0; i < 3; i++) {
		if (arrays[i]) {
			rc = add_array((uint32_t)i + 1, arrays[i], interests[i], &n_elems);
			if (rc == ADD_THREW) {
				psock_pollset_reset(ps);
				RETURN_THROWS();
			}
			if (rc < 0) {
				psock_pollset_reset(ps);
				psock_php_error(NULL, "Unable to select", -rc);
				RETURN_FALSE;
			}
		}
	}
	if (n_elems == 0) {
		psock_pollset_reset(ps);
		zend_value_error("socket_select(): At least one array argument must be passed");
		RETURN_THROWS();
	}
	rc = sec_is_null ? 0 : psock_select_timeout(sec, usec, &timeout);
	if (rc == 0) {
		rc = wait_set(sec_is_null ? NULL : &timeout);
	}
	if (rc < 0) {
		/* Like 8.2, a failed select leaves the arrays as they were and
		 * records the error globally, not on any one socket. */
		psock_pollset_reset(ps);
		psock_php_error(NULL, "Unable to select", -rc);
		RETURN_FALSE;
	}
	for (i = 0; i < 3; i++) {
		if (!arrays[i]) {
			continue;
		}
		if ((i > 0 && arrays[i] == arrays[0]) || (i > 1 && arrays[i] == arrays[1])) {
			keep_ready_walk(arrays[i], interests[i]);
		} else {
			keep_ready_slots(arrays[i], (unsigned)i, interests[i]);
		}
	}
	psock_pollset_reset(ps);
	RETURN_LONG(rc);
}

PHP_FUNCTION(socket_atmark)
{
	zval *zsock;
	php_socket *sock;
	int at_mark = 0;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	/* PHP 8.3's function: whether the next byte to read is the one that
	 * was sent out of band (the urgent mark). This is sockatmark(), with
	 * the answer initialised here so that memory checkers do not take the
	 * kernel's output for an uninitialised input. */
	if (ioctl(sock->bsd_socket, SIOCATMARK, &at_mark) < 0) {
		psock_php_error(sock, "Unable to apply sockmark", errno);
		RETURN_FALSE;
	}
	RETURN_BOOL(at_mark);
}
