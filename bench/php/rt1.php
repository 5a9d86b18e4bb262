<?php
/* 1-byte round trip on a unix stream socketpair, in one process:
 * socket_write() one byte on one end, socket_read($s, 1) it on the other.
 *   rt1.php ITERATIONS */
$n = (int)($argv[1] ?? 200000);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) or exit(1);
[$a, $b] = $pair;
$t0 = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    socket_write($a, 'x');
    if (socket_read($b, 1) !== 'x') {
        fwrite(STDERR, "short read at $i\n");
        exit(1);
    }
}
$t1 = hrtime(true);
printf("us=%.4f\nn=%d\n", ($t1 - $t0) / 1e3 / $n, $n);
