<?php
/* UDP over loopback in one process: socket_sendto() a 64-byte datagram from
 * one socket to another, socket_recvfrom() it there, N times.
 *   udp.php N [SIZE] */
$n = (int)($argv[1] ?? 200000);
$size = (int)($argv[2] ?? 64);
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($b, '127.0.0.1', 0) or exit(1);
socket_getsockname($b, $addr, $port);
$msg = str_repeat('x', $size);
$t0 = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    socket_sendto($a, $msg, $size, 0, '127.0.0.1', $port);
    if (socket_recvfrom($b, $buf, $size, 0, $from, $fromPort) !== $size) {
        fwrite(STDERR, "short datagram at $i\n");
        exit(1);
    }
}
$t1 = hrtime(true);
printf("dps=%.0f\n", $n / (($t1 - $t0) / 1e9));
