#!/bin/bash
# Runs the phpt suite under strace, under this module and the bundled one,
# and fails if any test process connected or sent to an address other than
# loopback (a host name lookup that reached a DNS server, say).
cd "$(dirname "$0")/.."
command -v strace >/dev/null || apt-get install -y -qq strace >/dev/null
. scripts/bundled.sh
scripts/build.sh > /dev/null || exit 1
RUN_TESTS=$PWD/run-tests.php	# phpize's copy in the tree (writes its files beside itself)
bad=0
for m in "$PWD/modules/sockets.so" "$BUNDLED_MODULE"; do
	strace -f -qq -e trace=connect,sendto,sendmsg,sendmmsg -o /tmp/psock-net.trace \
		php "$RUN_TESTS" -q --no-color -j2 -n -d extension=$m tests/phpt > /dev/null 2>&1
	n=$(grep -E 'sin_addr=inet_addr\("|inet_pton\(AF_INET6' /tmp/psock-net.trace \
		| grep -vE 'inet_addr\("(127\.|0\.0\.0\.0|224\.|239\.)' \
		| grep -vE 'inet_pton\(AF_INET6, "(::1|::|ff0[0-9a-f]::[0-9a-f:]*|::ffff:127\.[0-9.]*)"' | tee /tmp/psock-net.bad | wc -l)
	echo "$m: $n non-loopback destinations"
	[ "$n" -eq 0 ] || { head -5 /tmp/psock-net.bad; bad=1; }
done
exit $bad
