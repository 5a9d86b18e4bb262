<?php
/* socket_select() over NSOCK sockets (NSOCK/2 unix socketpairs) of which
 * one has a byte waiting: CALLS calls with a zero timeout, each expected to
 * return 1. Prints refused=1 and the warning when the module will not take
 * that many descriptors.
 *   select.php NSOCK CALLS */
$nsock = (int)($argv[1] ?? 1000);
$calls = (int)($argv[2] ?? 10000);
$socks = [];
for ($i = 0; $i < $nsock; $i += 2) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) or exit(1);
    $socks[] = $pair[0];
    $socks[] = $pair[1];
}
socket_write($socks[intdiv($nsock, 2) + 1], 'x');
$w = $e = null;
$r = $socks;
$n = @socket_select($r, $w, $e, 0);
if ($n !== 1) {
    $err = error_get_last();
    printf("refused=1\nreturned=%s\nwarning=%s\n", var_export($n, true),
        $err ? str_replace("\n", ' ', $err['message']) : '');
    exit(3);
}
$t0 = hrtime(true);
for ($i = 0; $i < $calls; $i++) {
    $r = $socks;
    $w = $e = null;
    if (socket_select($r, $w, $e, 0) !== 1) {
        fwrite(STDERR, "select did not report exactly one\n");
        exit(1);
    }
}
$t1 = hrtime(true);
printf("us=%.3f\n", ($t1 - $t0) / 1e3 / $calls);
