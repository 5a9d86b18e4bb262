#!/bin/bash
# The benchmark suite, one command: builds this module (scripts/build.sh)
# and the C programs of bench/c/, then runs every workload under this
# module, PHP's bundled one and the C program, interleaved, and writes the
# table to bench/RESULTS.md. Loopback only; every workload is bounded in
# count and time; the full run takes about 4 minutes on 2 cores.
#
#   bench/run.sh                  full counts, 5 repetitions
#   bench/run.sh --quick          smaller counts, 3 repetitions (about a minute), to bench/RESULTS-quick.md
#   bench/run.sh --only=rt1,udp   some workloads (rt1 bulk normal normal1 sel1k sel10k udp writev echo echoidle)
#   bench/run.sh --no-callgrind   skip the instruction counts
#   bench/run.sh --out=FILE       write the results there instead
#   bench/run.sh --php 8.4        against PHP 8.4 and its bundled module, in 8.4's chroot
#                                 (scripts/chroot.sh) unless 8.4 is installed here; the
#                                 results go to bench/RESULTS-8.4.md (--quick: RESULTS-8.4-quick.md)
set -e
cd "$(dirname "$0")/.."
V=; args=()
while [ $# -gt 0 ]; do
	case "$1" in
	--php) V=${2:?--php needs a version}; shift ;;
	--php=*) V=${1#--php=} ;;
	*) args+=("$1") ;;
	esac
	shift
done
if [ -n "$V" ]; then
	case " ${args[*]} " in
	*" --out="*) ;;
	*" --quick "*) args+=(--out="bench/RESULTS-$V-quick.md") ;;
	*) args+=(--out="bench/RESULTS-$V.md") ;;
	esac
fi
if [ -n "$V" ] && [ -z "${PSOCK_IN_CHROOT:-}" ] && ! command -v "php-config$V" > /dev/null; then
	# In the chroot, on a copy of the tree; the results come back here.
	bash scripts/chroot.sh ensure "$V"
	bash scripts/chroot.sh copy "$V" "/root/psock-bench-$V"
	root=$(bash scripts/chroot.sh path "$V")
	out=$(printf '%s\n' "${args[@]}" | sed -n 's/^--out=//p' | tail -1)
	commit=$(git rev-parse --short HEAD 2> /dev/null || true)
	[ -n "$(git status --porcelain --untracked-files=no -- . 2> /dev/null)" ] && commit="$commit (with uncommitted changes)"
	bash scripts/chroot.sh run "$V" env PSOCK_IN_CHROOT=1 PSOCK_COMMIT="$commit" \
		bash "/root/psock-bench-$V/bench/run.sh" --php "$V" "${args[@]}"
	cp "$root/root/psock-bench-$V/$out" "$out"
	echo "wrote $out"
	exit 0
fi
[ -n "$V" ] && export PSOCK_PHP_VERSION=$V
. scripts/ensure_deps.sh
if ! command -v valgrind >/dev/null 2>&1; then
	echo "installing: valgrind (for the instruction counts)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null 2>&1 || \
		echo "valgrind is not available: the instruction counts are skipped" >&2
fi
export PSOCK_PHP_CONFIG=$(command -v "php-config$V")
scripts/build.sh
. scripts/bundled.sh
export PSOCK_BUNDLED_MODULE=$BUNDLED_MODULE
make -s -C bench/c
# select over 10,000 sockets needs more than 10,000 descriptors.
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec "$("$PSOCK_PHP_CONFIG" --php-binary)" -n bench/driver.php "${args[@]}"
