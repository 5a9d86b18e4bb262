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
set -e
cd "$(dirname "$0")/.."
. scripts/ensure_deps.sh
if ! command -v valgrind >/dev/null 2>&1; then
	echo "installing: valgrind (for the instruction counts)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null 2>&1 || \
		echo "valgrind is not available: the instruction counts are skipped" >&2
fi
scripts/build.sh
make -s -C bench/c
# select over 10,000 sockets needs more than 10,000 descriptors.
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec php -n bench/driver.php "$@"
