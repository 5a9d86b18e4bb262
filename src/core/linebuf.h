/*
 * PHP_NORMAL_READ without a recv() per byte and without keeping any byte in
 * user space: peek at what the kernel has, then consume exactly through the
 * line end. Bytes past the line end stay in the kernel, where select(),
 * recv() and an exported stream still see them.
 */
#ifndef PSOCK_LINEBUF_H
#define PSOCK_LINEBUF_H

#include <stddef.h>
#include <sys/types.h>

/* The most one step peeks at; a longer line takes several steps. */
#define PSOCK_LINE_PEEK_MAX 4096

/* One step of a line read into buf (room bytes free, at most
 * PSOCK_LINE_PEEK_MAX are used). Consumes from fd through the first '\n' or
 * '\r' (setting *eol) or everything peeked when there is none. Returns the
 * count consumed, 0 at end of stream, or -errno (-EAGAIN when a
 * non-blocking socket has nothing, or a receive timeout expired). */
ssize_t psock_line_step(int fd, char *buf, size_t room, int *eol);

/* The offset just past the first '\n' or '\r' in buf[0..len), or 0. */
size_t psock_line_end(const char *buf, size_t len);

#endif
