<?php
/*
 * Gathered writes: one socket_writev() of N buffers, against N socket_write()
 * calls, against one socket_write() of the concatenated string (the
 * concatenation is part of the cost, as it is in a program that keeps the
 * pieces separate). N = 4, 16, 64 pieces of PIECE bytes.
 *
 * Every message goes over a socketpair and is drained by one socket_read()
 * on the other end, the same for all three, so the figures compare the
 * sending side. Each cell is the median of RUNS runs of ITER messages, in
 * microseconds per message. Bounded: a few seconds in all.
 *
 *   php -n -d extension=$PWD/modules/sockets.so bench/iovec_bench.php [piece_bytes]
 */
const RUNS = 5;
const ITER = 1000;
$piece = isset($argv[1]) ? max(1, min(4096, (int)$argv[1])) : 64;

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$tx, $rx] = $pair;

function median(array $xs): float
{
    sort($xs);
    return $xs[intdiv(count($xs), 2)];
}

/* Runs $send ITER times (draining after each) RUNS times; returns the median
 * in microseconds per message. */
function measure(callable $send, Socket $rx, int $total): float
{
    $times = [];
    for ($run = 0; $run < RUNS; $run++) {
        $t0 = hrtime(true);
        for ($i = 0; $i < ITER; $i++) {
            $send();
            $got = socket_read($rx, $total);
            if ($got === false || strlen($got) !== $total) {
                fwrite(STDERR, "short read\n");
                exit(1);
            }
        }
        $times[] = (hrtime(true) - $t0) / 1e3 / ITER;
    }
    return median($times);
}

printf("Sending N pieces of %d bytes over an AF_UNIX socketpair; median of %d runs x %d messages\n",
    $piece, RUNS, ITER);
printf("%-4s %10s | %16s | %16s | %16s\n", "N", "bytes/msg", "1 x writev", "N x write", "write(implode)");
printf("%s\n", str_repeat('-', 74));
$deadline = microtime(true) + 30;
foreach ([4, 16, 64] as $n) {
    $pieces = [];
    for ($i = 0; $i < $n; $i++) {
        $pieces[] = str_repeat(chr(ord('a') + $i % 26), $piece);
    }
    $total = $n * $piece;
    $iov = socket_iovec_alloc($n, ...array_fill(0, $n, 0));
    foreach ($pieces as $i => $p) {
        socket_iovec_set($iov, $i, $p);
    }
    $writev = measure(function () use ($tx, $iov) { socket_writev($tx, $iov); }, $rx, $total);
    $each = measure(function () use ($tx, $pieces) {
        foreach ($pieces as $p) {
            socket_write($tx, $p);
        }
    }, $rx, $total);
    $joined = measure(function () use ($tx, $pieces) { socket_write($tx, implode('', $pieces)); }, $rx, $total);
    printf("%-4d %10d | %10.2f us    | %10.2f us    | %10.2f us\n", $n, $total, $writev, $each, $joined);
    printf("%-4s %10s | %16s | %13.1fx   | %13.1fx\n", "", "vs writev", "1.0x", $each / $writev, $joined / $writev);
    socket_iovec_free($iov);
    if (microtime(true) > $deadline) {
        break;
    }
}
