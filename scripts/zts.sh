#!/bin/bash
# Thread-safe PHP (ZTS, as FrankenPHP and other threaded servers run it):
# builds PHP 8.4 with --enable-zts from the upstream tarball of Debian's
# php8.4 source package, with the bundled sockets module as a shared
# extension (the oracle), in PHP 8.4's chroot (scripts/chroot.sh), then
# builds this module against it and runs the phpt suite under both
# (tests/run.sh --phpt-only with that php-config).
#
#   scripts/zts.sh              build (once; about 10 minutes on 2 cores) and test
#   scripts/zts.sh --php 8.2    the same with PHP 8.2's source (on the machine itself: no chroot)
#   scripts/zts.sh --rebuild    build PHP again even when a build is there
#
# The PHP build lives in the chroot under /opt/psock-zts (kept between
# runs, keyed by tarball and configure options). Needs root. Ends with the
# test command's line "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."
V=${PSOCK_ZTS_VERSION:-8.4}
rebuild=${PSOCK_ZTS_REBUILD:-}
while [ $# -gt 0 ]; do
	case "$1" in
	--rebuild) rebuild=1 ;;
	--php) V=${2:?--php needs a version}; shift ;;
	--php=*) V=${1#--php=} ;;
	*) echo "usage: scripts/zts.sh [--php 8.4] [--rebuild]" >&2; exit 2 ;;
	esac
	shift
done
started=$(date +%s)

# The machine's own PHP version is built on the machine, another in its chroot.
if [ -z "${PSOCK_IN_CHROOT:-}" ] && ! command -v "php-config$V" > /dev/null; then
	bash scripts/chroot.sh ensure "$V" || { echo "0 passed, 1 failed"; exit 1; }
	bash scripts/chroot.sh copy "$V" /root/psock-zts-tree || { echo "0 passed, 1 failed"; exit 1; }
	exec bash scripts/chroot.sh run "$V" env PSOCK_IN_CHROOT=1 PSOCK_ZTS_REBUILD="$rebuild" PSOCK_ZTS_VERSION="$V" \
		bash /root/psock-zts-tree/scripts/zts.sh
fi

# On the machine: in a copy of the tree, so that the build of the tree
# itself (for the machine's PHP) stays as it is.
if [ -z "${PSOCK_IN_CHROOT:-}${PSOCK_ZTS_COPY:-}" ]; then
	copy=$(mktemp -d /tmp/psock-zts-tree.XXXXXX)
	bash scripts/tree_files.sh | tr '\n' '\0' | tar --null -cf - -T - | tar -xf - -C "$copy"
	PSOCK_ZTS_COPY=1 PSOCK_ZTS_REBUILD="$rebuild" PSOCK_ZTS_VERSION="$V" bash "$copy/scripts/zts.sh"
	status=$?
	rm -rf "$copy"
	exit $status
fi

# On the system whose PHP it is from here on (the chroot, or the machine).
PREFIX=/opt/psock-zts/php-$V
BUILD=/opt/psock-zts/build-$V
OPTS="--prefix=$PREFIX --enable-zts --disable-all --enable-cli --disable-cgi --disable-phpdbg --disable-opcache
	--enable-sockets=shared --enable-pcntl --without-pear"
# As Debian builds PHP: pcntl in the CLI, posix a shared module (the tests
# load it with -d extension=posix); built after PHP, with its phpize.
tarball=$(bash scripts/php_source.sh "$V") || { echo "0 passed, 1 failed"; exit 1; }
want="$(basename "$tarball") $(echo $OPTS)"
if [ -n "$rebuild" ] || [ "$(cat "$PREFIX/.psock-built" 2> /dev/null)" != "$want" ]; then
	echo "== building PHP $V with --enable-zts from $(basename "$tarball") (about 10 minutes; log in $BUILD/build.log)"
	if ! command -v pkg-config > /dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get -q -y install --no-install-recommends pkg-config > /dev/null 2>&1
	fi
	rm -rf "$BUILD" "$PREFIX"
	mkdir -p "$BUILD"
	tar -xf "$tarball" -C "$BUILD" --strip-components=1 || { echo "cannot unpack $tarball"; echo "0 passed, 1 failed"; exit 1; }
	t0=$(date +%s)
	( cd "$BUILD" && ./configure $OPTS && nice make -j"$(nproc)" && make install ) > "$BUILD/build.log" 2>&1 ||
		{ tail -20 "$BUILD/build.log"; echo "the PHP build failed: $BUILD/build.log in $(bash scripts/chroot.sh path $V 2>/dev/null)"; echo "0 passed, 1 failed"; exit 1; }
	( cd "$BUILD/ext/posix" && "$PREFIX/bin/phpize" && ./configure --with-php-config="$PREFIX/bin/php-config" &&
		make -j"$(nproc)" && make install ) >> "$BUILD/build.log" 2>&1 ||
		{ tail -20 "$BUILD/build.log"; echo "the build of posix failed: $BUILD/build.log"; echo "0 passed, 1 failed"; exit 1; }
	echo "$want" > "$PREFIX/.psock-built"
	echo "   built in $(( $(date +%s) - t0 )) s"
else
	echo "== reusing PHP $V ZTS in $PREFIX ($(basename "$tarball"))"
fi
"$PREFIX/bin/php" -n -v | head -1 | sed 's/^/   /'
"$PREFIX/bin/php" -n -r 'echo "   ZEND_THREAD_SAFE: ", var_export(ZEND_THREAD_SAFE, true), "\n";'

# The test command with this PHP: the phpt suite under ours and under the
# bundled module this build made.
PSOCK_PHP_CONFIG=$PREFIX/bin/php-config SOCKETS_SKIP_UNIT=1 bash tests/run.sh --phpt-only
status=$?
echo "(ZTS run: $(( $(date +%s) - started )) s in all)"
exit $status
