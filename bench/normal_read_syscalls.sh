#!/bin/bash
# Counts the receive syscalls of reading 10,000 lines with PHP_NORMAL_READ,
# under this module and under PHP 8.2's bundled one (which needs one recv()
# a byte and, at the end of the stream, 200 more before giving up).
cd "$(dirname "$0")/.."
for mod in "$PWD/modules/sockets.so" sockets; do
	out=$(timeout 120 strace -f -c -e trace=recvfrom,recvmsg,read php -n -d extension=$mod bench/normal_read_strace.php 10000 2>&1)
	n=$(echo "$out" | awk '$NF=="recvfrom"{print $4}')
	m=$(echo "$out" | awk '$NF=="recvmsg"{print $4}')
	echo "$mod: $(echo "$out" | grep 'lines read') recvfrom calls: ${n:-0} recvmsg calls: ${m:-0}"
done
