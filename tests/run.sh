#!/bin/bash
# Builds the module and runs every test: the C unit tests of src/core (under
# ASan+UBSan), then the phpt suite under this module, again under it with
# each socket_select() backend forced (sockets.select_backend=epoll, =poll),
# and under PHP 8.2's bundled one, then the C interface check of tests/abi, then the examples
# of docs/ (tests/docs_examples.php, under this module only), then
# scripts/install.sh and uninstall.sh in a private mount namespace
# (tests/install_test.sh; SOCKETS_SKIP_INSTALL=1 leaves it out), then the
# phpt suite once more against an ASan+UBSan build made in a copy of the
# tree (SOCKETS_SKIP_SANITIZE=1 leaves it out). Ends with one
# line "N passed, N failed, N skipped" and exits non-zero when anything failed.
#
#   tests/run.sh                 everything
#   tests/run.sh tests/phpt/io_* only these phpt files
#   SOCKETS_SANITIZE=1 tests/run.sh   the phpt suite against an ASan+UBSan build
#   SOCKETS_VALGRIND=1 tests/run.sh   the phpt suite under valgrind (run-tests.php -m)
# Both of those skip the oracle run: they check this module's memory, not
# its output against 8.2's (the plain run does that).
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
. scripts/ensure_deps.sh
. scripts/bundled.sh
scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }

RUN_TESTS=$(php-config --prefix)/lib/php/build/run-tests.php
[ -f "$RUN_TESTS" ] || RUN_TESTS=/usr/lib/php/20220829/build/run-tests.php
PHP=$(command -v php)
FILES=("$@")
[ ${#FILES[@]} -eq 0 ] && FILES=(tests/phpt)
JOBS=${JOBS:-2}

passed=0; failed=0; skipped=0
# Logs of this run only: several runs may go on at once on one machine.
LOGS=$(mktemp -d /tmp/psock-run.XXXXXX)
count() { # adds run-tests.php's summary counts from log $1
	local p f s
	p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$1" | tail -1)
	f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$1" | tail -1)
	s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$1" | tail -1)
	w=$(sed -n 's/^Tests warned *: *\([0-9]*\).*/\1/p' "$1" | tail -1)
	b=$(sed -n 's/^Tests borked *: *\([0-9]*\).*/\1/p' "$1" | tail -1)
	l=$(sed -n 's/^Tests leaked *: *\([0-9]*\).*/\1/p' "$1" | tail -1)
	passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${w:-0} + ${b:-0} + ${l:-0})); skipped=$((skipped + ${s:-0}))
	if [ -z "$p" ]; then echo "  (no summary from run-tests.php)"; failed=$((failed + 1)); fi
}

show_failures() { # prints the failed tests of log $1 and their diffs
	sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$1" | grep -av "^FAILED TEST\|^-----\|^=====" | sed "s/^/  $2 FAILED: /"
	grep -aoE "\[tests/[^]]*\.phpt\]" <(sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$1") | tr -d '[]' | while read -r t; do
		[ -f "${t%.phpt}.diff" ] && { sed 's/^/      /' "${t%.phpt}.diff" | head -30; echo; }
	done
}

if [ -z "${SOCKETS_SKIP_UNIT:-}" ] && [ $# -eq 0 ]; then
	echo "== C unit tests of src/core (ASan+UBSan)"
	make -s -C tests/unit run > "$LOGS/unit.log" 2>&1
	grep -E "^(PASS|FAIL)" "$LOGS/unit.log"
	grep -q "^FAIL\|error" "$LOGS/unit.log" && tail -30 "$LOGS/unit.log"
	up=$(grep -c "^PASS" "$LOGS/unit.log"); uf=$(grep -c "^FAIL" "$LOGS/unit.log")
	if [ "$up" -eq 0 ] && [ "$uf" -eq 0 ]; then uf=1; tail -20 "$LOGS/unit.log"; fi
	passed=$((passed + up)); failed=$((failed + uf))
fi

MODULE=$ROOT/modules/sockets.so
SAN_ENV=(env)
MODE_ARGS=()
if [ -n "${SOCKETS_SANITIZE:-}" ]; then
	. tests/sanitize_env.sh || { echo "0 passed, 1 failed"; exit 1; }
	SAN_ENV=(env "${PSOCK_SAN_ENV[@]}")
elif [ -n "${SOCKETS_VALGRIND:-}" ]; then
	command -v valgrind >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; } ||
		{ echo "could not install valgrind"; echo "0 passed, 1 failed"; exit 1; }
	# run-tests.php -m runs valgrind -q with USE_ZEND_ALLOC=0 and calls a
	# test LEAK when valgrind printed anything; these options (valgrind reads
	# VALGRIND_OPTS itself) make it print every memory error and every
	# definite leak with its whole stack, and nothing for PHP's own leaks
	# listed in tests/valgrind.supp. Indirect leaks are left out: each hangs
	# off a definite one (reported, or suppressed as PHP's with its root).
	SAN_ENV=(env VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --num-callers=40 --suppressions=$ROOT/tests/valgrind.supp")
	MODE_ARGS=(-m)
fi

echo "== phpt under this module ($MODULE)${SOCKETS_SANITIZE:+ with ASan+UBSan}${SOCKETS_VALGRIND:+ under valgrind}"
"${SAN_ENV[@]}" "$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" "${MODE_ARGS[@]}" -n -d extension="$MODULE" \
	--show-diff "${FILES[@]}" > "$LOGS/ours.log" 2>&1
show_failures "$LOGS/ours.log" ours
if [ -n "${SOCKETS_VALGRIND:-}" ]; then
	for mem in tests/phpt/*.mem; do
		[ -s "$mem" ] && { echo "  valgrind: $mem"; head -60 "$mem"; }
	done
fi
count "$LOGS/ours.log"
grep -E "^Tests (passed|failed|skipped)" "$LOGS/ours.log" | sed 's/^/  /'

# socket_select() backends: the whole suite once more under each forced
# backend (the run above uses the default, auto), so that every select test
# also holds for poll() alone and for the epoll set alone. Full runs only,
# or SOCKETS_BACKENDS=1.
if [ -z "${SOCKETS_SANITIZE:-}${SOCKETS_VALGRIND:-}" ] && { [ $# -eq 0 ] || [ -n "${SOCKETS_BACKENDS:-}" ]; }; then
	for backend in epoll poll; do
		echo "== phpt under this module with sockets.select_backend=$backend"
		"$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" -n -d extension="$MODULE" -d sockets.select_backend=$backend \
			--show-diff "${FILES[@]}" > "$LOGS/backend-$backend.log" 2>&1
		show_failures "$LOGS/backend-$backend.log" "$backend"
		count "$LOGS/backend-$backend.log"
		grep -E "^Tests (passed|failed|skipped)" "$LOGS/backend-$backend.log" | sed 's/^/  /'
	done
fi

if [ -z "${SOCKETS_SANITIZE:-}${SOCKETS_VALGRIND:-}" ]; then
	echo "== phpt under PHP's bundled module (the oracle)"
	"$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" -n -d extension="$BUNDLED_MODULE" \
		--show-diff "${FILES[@]}" > "$LOGS/bundled.log" 2>&1
	show_failures "$LOGS/bundled.log" bundled
	count "$LOGS/bundled.log"
	grep -E "^Tests (passed|failed|skipped)" "$LOGS/bundled.log" | sed 's/^/  /'
fi

if [ -z "${SOCKETS_SANITIZE:-}${SOCKETS_VALGRIND:-}" ] && [ $# -eq 0 ]; then
	echo "== C interface: tests/abi (a second extension against both headers and modules)"
	tests/abi/run.sh > "$LOGS/abi.log" 2>&1
	grep -E "^(==|FAIL|   )" "$LOGS/abi.log"
	ap=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$LOGS/abi.log")
	af=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$LOGS/abi.log")
	[ -z "$ap" ] && { af=1; tail -20 "$LOGS/abi.log"; }
	passed=$((passed + ${ap:-0})); failed=$((failed + ${af:-0}))
fi

if [ -z "${SOCKETS_SANITIZE:-}" ] && [ $# -eq 0 ]; then
	# Under this module only: the pages document functions the bundled module lacks.
	echo "== docs: every example in docs/**/*.md, and the pages against the stub and the module"
	"$PHP" -n tests/docs_examples.php --ext="$MODULE" --php="$PHP" > "$LOGS/docs.log" 2>&1
	grep -v "^[0-9]* passed, [0-9]* failed$" "$LOGS/docs.log" | head -200
	dp=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$LOGS/docs.log")
	df=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$LOGS/docs.log")
	[ -z "$dp" ] && { df=1; tail -20 "$LOGS/docs.log"; }
	echo "  docs: ${dp:-0} examples and checks passed, ${df:-0} failed"
	passed=$((passed + ${dp:-0})); failed=$((failed + ${df:-0}))
fi

if [ -z "${SOCKETS_SANITIZE:-}" ] && [ -z "${SOCKETS_SKIP_INSTALL:-}" ] && [ $# -eq 0 ]; then
	echo "== install: scripts/install.sh and uninstall.sh with the system PHP, in a private mount namespace"
	tests/install_test.sh > "$LOGS/install.log" 2>&1
	grep -E "^(==|FAIL|     |skip)" "$LOGS/install.log"
	inst_p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$LOGS/install.log")
	inst_f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$LOGS/install.log")
	[ -z "$inst_p" ] && { inst_f=1; tail -20 "$LOGS/install.log"; }
	grep -q "^skip" "$LOGS/install.log" && skipped=$((skipped + 1))
	echo "  ${inst_p:-0} passed, ${inst_f:-0} failed"
	passed=$((passed + ${inst_p:-0})); failed=$((failed + ${inst_f:-0}))
fi

if [ -z "${SOCKETS_SANITIZE:-}${SOCKETS_VALGRIND:-}${SOCKETS_SKIP_SANITIZE:-}" ] && [ $# -eq 0 ] \
		&& git rev-parse --git-dir > /dev/null 2>&1; then
	echo "== phpt under this module built with ASan+UBSan (a copy of the tree, so this build stays)"
	SAN_TREE=$(mktemp -d /tmp/psock-asan.XXXXXX)
	git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$SAN_TREE"
	SOCKETS_SANITIZE=1 SOCKETS_SKIP_UNIT=1 bash "$SAN_TREE/tests/run.sh" > "$LOGS/asan.log" 2>&1
	grep -aE "FAILED|ERROR: AddressSanitizer|runtime error" "$LOGS/asan.log" | head -20
	sp=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1/p' "$LOGS/asan.log")
	sf=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\2/p' "$LOGS/asan.log")
	ss=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\3/p' "$LOGS/asan.log")
	[ -z "$sp" ] && { sf=1; tail -20 "$LOGS/asan.log"; }
	echo "  ${sp:-0} passed, ${sf:-0} failed, ${ss:-0} skipped (iovec_memory_limit needs Zend's allocator, which this run turns off)"
	passed=$((passed + ${sp:-0})); failed=$((failed + ${sf:-0})); skipped=$((skipped + ${ss:-0}))
	rm -rf "$SAN_TREE"
fi

rm -rf "$LOGS"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
