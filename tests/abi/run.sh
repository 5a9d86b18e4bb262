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
# Ends with "N passed, N failed" (one per PASS/FAIL line of probe.php, plus
# one failure per build or run that broke) and exits non-zero on failure.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
PHP=${PHP:-php}
BUNDLED_HEADER=$(php-config --include-dir)/ext/sockets/php_sockets.h
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
	cp tests/abi/config.m4 tests/abi/sockets_abi_probe.c "$dir/"
	cp "$2" "$dir/ext/sockets/php_sockets.h"
	( cd "$dir" && phpize > build.log 2>&1 && ./configure >> build.log 2>&1 \
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
[ $ok_bundled = 1 ] && run_combo "bundled + probe built with the bundled header" sockets bundled
[ $ok_bundled = 1 ] && run_combo "ours + probe built with the bundled header (crossed)" "$ROOT/modules/sockets.so" bundled
[ $ok_ours = 1 ] && run_combo "bundled + probe built with our header (crossed)" sockets ours

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
