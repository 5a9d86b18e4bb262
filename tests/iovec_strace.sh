#!/bin/bash
# Shows with strace that each socket_readv()/socket_writev() is exactly one
# readv()/writev() system call: no loop, no retry, no read()/recv() or
# write()/send() on the side. Exits 0 when the trace matches.
#
#   tests/iovec_strace.sh            (after scripts/build.sh)
set -u
cd "$(dirname "$0")/.."
command -v strace > /dev/null || { echo "strace is not installed"; exit 2; }
TRACE=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$TRACE" "$OUT"' EXIT

# Every system call that could move socket data, so a stray one shows up.
CALLS=read,write,readv,writev,pread64,pwrite64,preadv,pwritev,preadv2,pwritev2,recvfrom,sendto,recvmsg,sendmsg,recvmmsg,sendmmsg,splice
timeout 30 strace -f -qq -e trace=$CALLS -e signal=none -o "$TRACE" \
	php -n -d extension="$PWD/modules/sockets.so" tests/strace/iovec_calls.php > "$OUT" || {
	echo "FAIL: the traced script did not run"; cat "$OUT"; exit 1; }

# The calls between the markers (strace -f prefixes lines with a pid).
between=$(sed -e 's/^[0-9]* *//' "$TRACE" | sed -n '/^write(1, "BEGIN\\n"/,/^write(1, "END\\n"/p' | sed '1d;$d')
readv=$(grep -c '^readv(' <<< "$between")
writev=$(grep -c '^writev(' <<< "$between")
other=$(grep -v -E '^(readv|writev)\(' <<< "$between" | grep -c .)
want_readv=$(sed -n 's/.*"readv":\([0-9]*\).*/\1/p' "$OUT")
want_writev=$(sed -n 's/.*"writev":\([0-9]*\).*/\1/p' "$OUT")

echo "PHP calls:    socket_readv x$want_readv, socket_writev x$want_writev"
echo "System calls: readv x$readv, writev x$writev, other I/O x$other"
echo "Results:      $(sed -n 's/.*"results":\(.*\)}/\1/p' "$OUT")"
echo "Trace between the markers:"
sed 's/^/  /' <<< "$between" | cut -c1-150

if [ -n "$want_readv" ] && [ "$readv" = "$want_readv" ] && [ "$writev" = "$want_writev" ] && [ "$other" = 0 ]; then
	echo "PASS: one readv()/writev() system call per socket_readv()/socket_writev()"
	exit 0
fi
echo "FAIL"
exit 1
