#!/bin/bash
# Proves the C interface: builds the sockets_abi_probe extension twice, once
# against this module's php_sockets.h and once against PHP 8.2's bundled
# header, and runs probe.php with each module + each probe build:
#
#   ours    + probe built with ours      (our header describes our module)
#   bundled + probe built with bundled   (the probe itself is right)
#   ours    + probe built with bundled   (a PECL binary built for 8.2 works with ours)
#   bundled + probe built with ours      (code built with our header works with 8.2)
#
#   tests/abi/run.sh                for the PHP of php-config on PATH
#   tests/abi/run.sh --php 8.4      for PHP 8.4 (php-config8.4; its bundled header and module)
#   PSOCK_PHP_CONFIG=... tests/abi/run.sh
#
# Ends with "N passed, N failed" (one per PASS/FAIL line of probe.php, plus
# one failure per build or run that broke) and exits non-zero on failure.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
if [ "${1:-}" = --php ]; then
	PSOCK_PHP_CONFIG=$(command -v "php-config${2:?--php needs a version}") || { echo "no php-config$2"; echo "0 passed, 1 failed"; exit 1; }
fi
export PSOCK_PHP_CONFIG=${PSOCK_PHP_CONFIG:-$(command -v php-config)}
PHP=$("$PSOCK_PHP_CONFIG" --php-binary)
. tests/lib_phpize.sh
PHPIZE=$(psock_phpize "$PSOCK_PHP_CONFIG")
. scripts/bundled.sh
echo "PHP $("$PSOCK_PHP_CONFIG" --version): bundled header $BUNDLED_HEADER, module $BUNDLED_MODULE"
BUILD=$ROOT/tests/build/abi
passed=0; failed=0

scripts/build.sh > /dev/null || { echo "0 passed, 1 failed"; exit 1; }
# The symbols a dependent extension links to must be in the dynamic symbol
# table (the module is built with -fvisibility=hidden).
exported=$(nm -D --defined-only modules/sockets.so | awk '{print $3}')
for sym in socket_ce sockets_globals socket_import_file_descriptor sockets_strerror; do
	if grep -qx "$sym" <<< "$exported"; then
		passed=$((passed + 1))
	else
		echo "FAIL modules/sockets.so does not export $sym"; failed=$((failed + 1))
	fi
done

# Builds the probe in $BUILD/$1 with header $2 placed at ext/sockets/, where
# the probe's #include "ext/sockets/php_sockets.h" finds it before PHP's
# include directory (the build directory comes first on the include path).
build_probe() {
	local dir=$BUILD/$1
	rm -rf "$dir"
	mkdir -p "$dir/ext/sockets"
	# The probe's config.m4 is kept as probe.m4: PEAR's installer builds in
	# the first directory of the package that holds a file named *config.m4.
	cp tests/abi/probe.m4 "$dir/config.m4"
	cp tests/abi/sockets_abi_probe.c "$dir/"
	cp "$2" "$dir/ext/sockets/php_sockets.h"
	( cd "$dir" && "$PHPIZE" > build.log 2>&1 && ./configure --with-php-config="$PSOCK_PHP_CONFIG" >> build.log 2>&1 \
		&& make -j2 > make.log 2>&1 ) || { echo "FAIL build of the probe against $2 (see $dir/*.log)"; return 1; }
	if grep -E "warning:|error:" "$dir/make.log"; then
		echo "FAIL warnings building the probe against $2"; return 1
	fi
}

build_probe ours "$ROOT/php_sockets.h" & pid_ours=$!
build_probe bundled "$BUNDLED_HEADER" & pid_bundled=$!
ok_ours=1; ok_bundled=1
wait $pid_ours || { ok_ours=0; failed=$((failed + 1)); }
wait $pid_bundled || { ok_bundled=0; failed=$((failed + 1)); }

run_combo() { # $1 label, $2 sockets module, $3 probe build name
	local out
	out=$(ABI_HEADER=$3 timeout 20 "$PHP" -n -d extension="$2" -d extension="$BUILD/$3/modules/sockets_abi_probe.so" \
		tests/abi/probe.php 2>&1)
	local rc=$? p f
	p=$(grep -c "^PASS" <<< "$out"); f=$(grep -c "^FAIL" <<< "$out")
	echo "== $1: $p passed, $f failed"
	grep -v "^PASS" <<< "$out" | sed 's/^/   /'
	if [ $rc -ne 0 ] || [ "$p" -eq 0 ]; then
		echo "   (exit status $rc)"; f=$((f + 1))
	fi
	passed=$((passed + p)); failed=$((failed + f))
}

[ $ok_ours = 1 ] && run_combo "ours + probe built with our header" "$ROOT/modules/sockets.so" ours
[ $ok_bundled = 1 ] && run_combo "bundled + probe built with the bundled header" "$BUNDLED_MODULE" bundled
[ $ok_bundled = 1 ] && run_combo "ours + probe built with the bundled header (crossed)" "$ROOT/modules/sockets.so" bundled
[ $ok_ours = 1 ] && run_combo "bundled + probe built with our header (crossed)" "$BUNDLED_MODULE" ours

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
