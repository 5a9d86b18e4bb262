<?php
/* A message of 16 buffers of 64 bytes on a unix stream socketpair, sent
 * with one socket_writev() (mode "writev": the SocketIovec filled once;
 * mode "writev_set": refilled with 16 socket_iovec_set() calls for every
 * message) or with 16 socket_write() calls (mode "writes"). Only the
 * sending is timed; the other end is drained after every message.
 *   writev.php MESSAGES MODE */
const PARTS = 16;
const PART = 64;
$n = (int)($argv[1] ?? 20000);
$mode = $argv[2] ?? 'writes';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) or exit(1);
[$a, $b] = $pair;
$parts = [];
for ($k = 0; $k < PARTS; $k++) {
    $parts[] = str_repeat(chr(ord('a') + $k), PART);
}
if ($mode !== 'writes') {
    if (!function_exists('socket_writev')) {
        echo "missing=socket_writev\n";
        exit(3);
    }
    $iov = socket_iovec_alloc(PARTS, ...array_fill(0, PARTS, PART));
    foreach ($parts as $k => $p) {
        socket_iovec_set($iov, $k, $p);
    }
}
$spent = 0;
for ($i = 0; $i < $n; $i++) {
    $t0 = hrtime(true);
    if ($mode === 'writes') {
        foreach ($parts as $p) {
            socket_write($a, $p);
        }
    } elseif ($mode === 'writev_set') {
        foreach ($parts as $k => $p) {
            socket_iovec_set($iov, $k, $p);
        }
        socket_writev($a, $iov);
    } else {
        socket_writev($a, $iov);
    }
    $spent += hrtime(true) - $t0;
    for ($got = 0; $got < PARTS * PART; $got += strlen($d)) {
        $d = socket_read($b, 65536);
        if ($d === false || $d === '') {
            exit(1);
        }
    }
}
printf("us=%.3f\n", $spent / 1e3 / $n);
