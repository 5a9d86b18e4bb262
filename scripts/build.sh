#!/bin/bash
# Builds modules/sockets.so with phpize (again only when a source changed, or
# for another PHP than the last build's).
#
#   scripts/build.sh              for the PHP of php-config on PATH
#   scripts/build.sh --php 8.4    for PHP 8.4: phpize8.4 and php-config8.4
#   PSOCK_PHP_CONFIG=/opt/php/bin/php-config scripts/build.sh   for that PHP
#   SOCKETS_SANITIZE=1 scripts/build.sh   with -fsanitize=address,undefined
#
# A module is built for one PHP version (its API number): PHP refuses to
# load it into another. To build for a PHP this machine does not have, use
# its chroot: tests/run.sh --php 8.4 builds and tests there.
set -e
cd "$(dirname "$0")/.."
while [ $# -gt 0 ]; do
	case "$1" in
	--php) PSOCK_PHP_VERSION=${2:?--php needs a version}; shift ;;
	--php=*) PSOCK_PHP_VERSION=${1#--php=} ;;
	*) echo "usage: scripts/build.sh [--php 8.4]" >&2; exit 2 ;;
	esac
	shift
done
if [ -z "${PSOCK_PHP_CONFIG:-}" ]; then
	if [ -n "${PSOCK_PHP_VERSION:-}" ]; then
		. scripts/ensure_deps.sh
		PSOCK_PHP_CONFIG=$(command -v "php-config$PSOCK_PHP_VERSION") || {
			echo "PHP $PSOCK_PHP_VERSION is not installed here (no php-config$PSOCK_PHP_VERSION);" \
				"tests/run.sh --php $PSOCK_PHP_VERSION builds and tests in its chroot" >&2; exit 1; }
	else
		. scripts/ensure_deps.sh
		PSOCK_PHP_CONFIG=$(command -v php-config)
	fi
fi
. tests/lib_phpize.sh
PHPIZE=$(psock_phpize "$PSOCK_PHP_CONFIG")
[ -x "$PHPIZE" ] || { echo "no $PHPIZE beside $PSOCK_PHP_CONFIG" >&2; exit 1; }

want="--enable-sockets"
[ -n "${SOCKETS_SANITIZE:-}" ] && want="$want --enable-sockets-sanitize"
# What the tree was configured for: the options and the PHP (its php-config
# and version). Another PHP means phpize again, and every object rebuilt.
for_php="$PSOCK_PHP_CONFIG $("$PSOCK_PHP_CONFIG" --version) $("$PSOCK_PHP_CONFIG" --extension-dir)"
if [ -f .configured ] && [ "$(sed -n 2p .configured)" != "$for_php" ]; then
	[ -n "$(sed -n 2p .configured)" ] && echo "the tree was built for $(sed -n 2p .configured | cut -d' ' -f1,2): cleaning it for $for_php"
	# Not phpize --clean: it deletes tests/*.php, which are ours.
	make clean > /dev/null 2>&1 || true
	rm -f .configured configure Makefile config.status config.cache
fi
if [ ! -f configure ] || [ config.m4 -nt configure ]; then
	"$PHPIZE" > /dev/null 2>&1
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ] || [ "$(sed -n 1p .configured 2> /dev/null)" != "$want" ]; then
	CFLAGS="-O2 -g" ./configure --with-php-config="$PSOCK_PHP_CONFIG" $want > /dev/null
	printf '%s\n%s\n' "$want" "$for_php" > .configured
	make clean > /dev/null
fi
make -j"$(nproc)" 2>&1 | grep -E "warning:|error:" || true
test -f modules/sockets.so
if [ -n "${SOCKETS_SANITIZE:-}" ]; then
	mkdir -p tests/build
	cc -shared -fPIC -O2 -o tests/build/dlopen_shim.so tests/dlopen_shim.c -ldl
fi
