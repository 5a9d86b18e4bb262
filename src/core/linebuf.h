/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PHP_NORMAL_READ without a recv() per byte and without keeping any byte in
 * user space: peek at what the kernel has, then consume exactly through the
 * line end. Bytes past the line end stay in the kernel, where select(),
 * recv() and an exported stream still see them.
 *
 * A peek is the expensive half: on a unix stream socket the kernel walks
 * every queued buffer on each MSG_PEEK (one buffer per write of the sender),
 * so it costs 2 to 20 times a plain receive. The caller may keep what the
 * last peek showed (psock_line_cache): while it holds whole lines, the next
 * steps take their line with one recv() each and no peek. What a step
 * receives is checked against what the peek showed; when another reader took
 * bytes in between, the cache is dropped (the bytes received are still
 * returned, never lost).
 */
#ifndef PSOCK_LINEBUF_H
#define PSOCK_LINEBUF_H

#include <stddef.h>
#include <sys/types.h>

/* The most one step peeks at; a longer line takes several steps. */
#define PSOCK_LINE_PEEK_MAX 4096

/* What the last peek showed that is still in the kernel: data[pos..len). */
typedef struct psock_line_cache {
	size_t pos, len;
	char data[PSOCK_LINE_PEEK_MAX];
} psock_line_cache;

static inline void psock_line_cache_reset(psock_line_cache *c)
{
	c->pos = c->len = 0;
}

/* One step of a line read into dst (room > 0 bytes free): consumes from fd
 * through the first '\n' or '\r' (setting *eol), or what there is when no
 * line end has arrived yet, at most room bytes. c is the cache for fd (reset
 * it for another descriptor). Returns the count consumed, 0 at end of
 * stream, or -errno (-EAGAIN when a non-blocking socket has nothing, or a
 * receive timeout expired). */
ssize_t psock_line_step(int fd, psock_line_cache *c, char *dst, size_t room, int *eol);

/* The offset just past the first '\n' or '\r' in buf[0..len), or 0. */
size_t psock_line_end(const char *buf, size_t len);

#endif
