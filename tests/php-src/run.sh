#!/bin/bash
# php-src's own tests of ext/sockets, of the PHP release under test, run
# under this module and under that release's bundled module with the
# run-tests.php of that release, and compared with the list of the tests
# each module is expected to fail (tests/php-src/expected-<X.Y>.txt, with
# the reason of each).
#
# The tests come from Debian's source package of that PHP (phpX.Y), fetched
# at run time by scripts/php_source.sh and cached (never committed); only
# ext/sockets/tests is unpacked. Run on the system whose PHP it is (the
# machine for 8.2, the chroot for 8.4 and 8.5): tests/run.sh does.
#
#   tests/php-src/run.sh              the PHP of php-config (or PSOCK_PHP_CONFIG)
#   tests/php-src/run.sh --php 8.4    php-config8.4
#
# A test counts as passed when its result is the expected one: a pass, or a
# failure the list names for that module. It counts as failed when it fails
# and the list does not name it, or when the list names it and it passes
# (the list is to be kept true: remove the line). Ends with "N passed, N
# failed, N skipped" over both modules.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
if [ "${1:-}" = --php ]; then
	PSOCK_PHP_CONFIG=$(command -v "php-config${2:?--php needs a version}") || { echo "no php-config$2"; echo "0 passed, 1 failed"; exit 1; }
fi
export PSOCK_PHP_CONFIG=${PSOCK_PHP_CONFIG:-$(command -v php-config)}
PHP=$("$PSOCK_PHP_CONFIG" --php-binary)
V=$("$PSOCK_PHP_CONFIG" --version | cut -d. -f1,2)
. scripts/bundled.sh
MODULE=$ROOT/modules/sockets.so
EXPECTED=tests/php-src/expected-$V.txt
JOBS=${JOBS:-2}

[ -f "$MODULE" ] || scripts/build.sh > /dev/null || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
RUN_TESTS=$ROOT/run-tests.php
[ -f "$RUN_TESTS" ] || RUN_TESTS=$ROOT/build/run-tests.php

if ! tarball=$(bash scripts/php_source.sh "$V" 2> "${TMPDIR:-/tmp}/psock-php-src-fetch.$$"); then
	# The mirror lacks the source package of this release (or is out of
	# reach): nothing to run. Counted as one skip, saying why, unless
	# SOCKETS_REQUIRE_PHP_SRC=1 makes it a failure.
	why=$(tail -1 "${TMPDIR:-/tmp}/psock-php-src-fetch.$$"); rm -f "${TMPDIR:-/tmp}/psock-php-src-fetch.$$"
	why=${why//\/var\/cache\//${PSOCK_HOST_ROOT:-}/var/cache/}	# as seen from outside a chroot
	echo "cannot fetch the source of PHP $V: $why"
	if [ -n "${SOCKETS_REQUIRE_PHP_SRC:-}" ]; then echo "0 passed, 1 failed, 0 skipped"; exit 1; fi
	echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
sed 's/^/  /' "${TMPDIR:-/tmp}/psock-php-src-fetch.$$"; rm -f "${TMPDIR:-/tmp}/psock-php-src-fetch.$$"
release=$(basename "$tarball"); release=${release#*_}; release=${release%.orig.tar.*}

# The tests of this release, unpacked once beside the tarball; each run
# works in a copy (run-tests.php writes its .out/.diff files beside them).
unpacked=$(dirname "$tarball")/tests-$release
if [ ! -d "$unpacked" ]; then
	rm -rf "$unpacked.tmp"; mkdir -p "$unpacked.tmp"
	tar -xf "$tarball" -C "$unpacked.tmp" --wildcards '*/ext/sockets/tests/*' --strip-components=4 ||
		{ echo "cannot unpack ext/sockets/tests from $tarball"; echo "0 passed, 1 failed"; exit 1; }
	mv "$unpacked.tmp" "$unpacked"
fi
WORK=$(mktemp -d /tmp/psock-php-src.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
echo "  php-$release: $(ls "$unpacked"/*.phpt | wc -l) tests (from $tarball)"

# The expected failures: "MODULE STATUS TEST REASON", MODULE ours, bundled
# or both; STATUS fails (always) or varies (passes or fails with the
# machine: said why).
expected() { # module, status: the tests listed so
	[ -f "$EXPECTED" ] || return 0
	awk -v m="$1" -v s="$2" '!/^#/ && NF >= 3 && ($1 == m || $1 == "both") && $2 == s { print $3 }' "$EXPECTED"
}
[ -f "$EXPECTED" ] || echo "  no $EXPECTED: every failure counts"

passed=0; failed=0; skipped=0
for m in ours bundled; do
	mod=$MODULE; [ $m = bundled ] && mod=$BUNDLED_MODULE
	rm -rf "$WORK/$m"; cp -r "$unpacked" "$WORK/$m"
	# Some tests wait on the network or on a peer: a hung test is a failure
	# after this many seconds, not the end of the run.
	# SKIP_ONLINE_TESTS: the tests that talk to www.php.net skip (loopback
	# only, as every test here).
	SKIP_ONLINE_TESTS=1 "$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" --set-timeout 30 -n -d extension="$mod" \
		"$WORK/$m" > "$WORK/$m.log" 2>&1
	# One line a test: "RESULT name".
	# (In parallel mode a progress line "TEST n/N [...]" comes before each.)
	tr '\r' '\n' < "$WORK/$m.log" | sed -E 's#^TEST [0-9]+/[0-9]+ \[[^]]*\] *##' |
		sed -nE 's#^(PASS|FAIL|SKIP|BORK|LEAK&FAIL|LEAK|WARN|XFAIL|XLEAK) .*\[[^]]*/([^/]*\.phpt)\].*#\1 \2#p' |
		sort -k2 -u > "$WORK/$m.results"
	if [ ! -s "$WORK/$m.results" ]; then
		echo "FAIL $m: no results from run-tests.php"; tail -10 "$WORK/$m.log" | sed 's/^/     /'
		failed=$((failed + 1)); continue
	fi
	must_fail=$(expected $m fails); may_fail=$(expected $m varies)
	p=0; f=0; s=0; listed=0; bad=()
	while read -r result test; do
		case "$result" in
		PASS|XFAIL)
			if grep -qx "$test" <<< "$must_fail"; then
				f=$((f + 1)); bad+=("$test passes now under $m: remove it from $EXPECTED")
			else
				p=$((p + 1))
			fi ;;
		SKIP) s=$((s + 1)) ;;
		*)
			if grep -qx "$test" <<< "$must_fail"$'\n'"$may_fail"; then
				p=$((p + 1)); listed=$((listed + 1))
			else
				f=$((f + 1)); bad+=("$test fails under $m ($result) and $EXPECTED does not list it")
				diff=$WORK/$m/${test%.phpt}.diff
				[ -f "$diff" ] && bad+=("$(head -15 "$diff" | sed 's/^/       /')")
			fi ;;
		esac
	done < "$WORK/$m.results"
	# Listed tests that did not run at all: the list names a test this
	# release does not have.
	for t in $must_fail; do
		grep -q " $t$" "$WORK/$m.results" || { f=$((f + 1)); bad+=("$t is listed for $m in $EXPECTED but php-$release has no such test"); }
	done
	echo "  $m: $p as expected ($listed of them failures the list names), $f not, $s skipped"
	for line in "${bad[@]}"; do
		case "$line" in " "*) echo "$line" ;; *) echo "FAIL $line" ;; esac
	done
	if [ "$f" -gt 0 ]; then
		mkdir -p "$ROOT/tests/build"; cp "$WORK/$m.log" "$ROOT/tests/build/php-src-$m.log"
		echo "  run-tests.php's output: $ROOT/tests/build/php-src-$m.log"
	fi
	passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
