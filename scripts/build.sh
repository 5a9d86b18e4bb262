#!/bin/bash
# Builds modules/sockets.so with phpize (again only when a source changed).
# SOCKETS_SANITIZE=1 builds with -fsanitize=address,undefined instead.
set -e
cd "$(dirname "$0")/.."
. scripts/ensure_deps.sh
want="--enable-sockets"
[ -n "${SOCKETS_SANITIZE:-}" ] && want="$want --enable-sockets-sanitize"
if [ ! -f configure ] || [ config.m4 -nt configure ]; then
	phpize > /dev/null 2>&1
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ] || ! grep -qx -- "$want" .configured 2>/dev/null; then
	CFLAGS="-O2 -g" ./configure $want > /dev/null
	echo "$want" > .configured
	make clean > /dev/null
fi
make -j"$(nproc)" 2>&1 | grep -E "warning:|error:" || true
test -f modules/sockets.so
if [ -n "${SOCKETS_SANITIZE:-}" ]; then
	mkdir -p tests/build
	cc -shared -fPIC -O2 -o tests/build/dlopen_shim.so tests/dlopen_shim.c -ldl
fi
