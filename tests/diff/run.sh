#!/bin/bash
# Differential runs: each script of tests/diff/cases under PHP's bundled module
# and under this one, with the outputs compared. A tool for finding what a PHP
# version's bundled module does differently (it found what PHP 8.4 and 8.5
# changed: docs/compat.md, "PHP versions"); it is not a pass/fail test, since
# the outputs also show the differences docs/compat.md lists on purpose.
#
#   tests/diff/run.sh [--php BINARY] [case ...]   (default: php, every case)
#
# Prints "same" or the diff (bundled <, ours >) for each case. Run it in each
# version's chroot with that version's php (php8.4, php8.5) and a module built
# for it.
set -u
cd "$(dirname "$0")/../.."
PHP=php
if [ "${1:-}" = --php ]; then PHP=$2; shift 2; fi
CASES=("$@")
[ ${#CASES[@]} -eq 0 ] && CASES=(tests/diff/cases/*.php)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
same=0; differ=0
for c in "${CASES[@]}"; do
	n=$(basename "$c" .php)
	timeout 30 "$PHP" -n -d extension=sockets "$c" > "$OUT/$n.bundled" 2>&1
	timeout 30 "$PHP" -n -d extension="$PWD/modules/sockets.so" "$c" > "$OUT/$n.ours" 2>&1
	if cmp -s "$OUT/$n.bundled" "$OUT/$n.ours"; then
		echo "== $n: same"; same=$((same + 1))
	else
		echo "== $n: differs"; diff "$OUT/$n.bundled" "$OUT/$n.ours"; differ=$((differ + 1))
	fi
done
echo "$same cases the same, $differ differ"
