/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PHP_NORMAL_READ without a recv() per byte and without keeping any byte in
 * user space: peek at what the kernel has, then consume exactly through the
 * line end. Bytes past the line end stay in the kernel, where select(),
 * recv(), an exported stream, another extension reading the descriptor or
 * another process sharing it still see them.
 *
 * Every step peeks afresh. A line end remembered from an earlier peek could
 * be wrong by the time of the next read: anything else that reads the
 * descriptor in between (libevent through the same fd, a php://fd stream, a
 * forked child) moves the stream on, and a receive sized by the old peek
 * would then run past the next line end. Two calls a line (a peek and a
 * receive) is what reading exactly one line from a shared kernel queue
 * costs; 8.2 makes one a byte.
 */
#ifndef PSOCK_LINEBUF_H
#define PSOCK_LINEBUF_H

#include <stddef.h>
#include <sys/types.h>

/* The most one step peeks at; a longer line takes several steps. */
#define PSOCK_LINE_PEEK_MAX 4096

/* One step of a line read into dst (room > 0 bytes free): peeks at what fd
 * holds now and consumes through the first '\n' or '\r' (setting *eol), or
 * what there is when no line end has arrived yet, at most room bytes (and at
 * most PSOCK_LINE_PEEK_MAX). Returns the count consumed, 0 at end of stream,
 * or -errno (-EAGAIN when a non-blocking socket has nothing, or a receive
 * timeout expired). An empty datagram is consumed and reported as 0. */
ssize_t psock_line_step(int fd, char *dst, size_t room, int *eol);

/* The offset just past the first '\n' or '\r' in buf[0..len), or 0. */
size_t psock_line_end(const char *buf, size_t len);

#endif
