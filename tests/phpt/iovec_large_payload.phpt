--TEST--
socket_writev()/socket_readv(): an 8 MB payload in 1 MB buffers, partial writes resumed, checksum compared
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
/* The payload is larger than a socket buffer, so the writer is non-blocking:
 * after a partial writev it drops the buffers already sent (and the sent
 * head of the next one) and goes on; the reader drains in between. */
const MB = 1 << 20;
const PARTS = 8;
mt_srand(42);
$parts = [];
for ($i = 0; $i < PARTS; $i++) {
    $parts[] = substr(str_repeat(md5((string)$i, true) . random_bytes(16), MB / 32), 0, MB);
}
$payload = implode('', $parts);
$want = hash('sha256', $payload);

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$w, $r] = $pair;
socket_set_nonblock($w);
socket_set_nonblock($r);

$out = socket_iovec_alloc(PARTS, ...array_fill(0, PARTS, 0));
foreach ($parts as $i => $p) {
    socket_iovec_set($out, $i, $p);
}
$left = array_map('strlen', $parts);   /* lengths of the buffers still in $out */
$in = socket_iovec_alloc(4, MB / 4, MB / 4, MB / 4, MB / 4);
$ctx = hash_init('sha256');
$sent = $received = $writes = $partial = 0;
$deadline = microtime(true) + 20;

for ($round = 0; $round < 100000 && $received < strlen($payload) && microtime(true) < $deadline; $round++) {
    if ($left) {
        $n = socket_writev($w, $out);
        if ($n === false && socket_last_error($w) !== SOCKET_EAGAIN) {
            die("writev failed: " . socket_last_error($w));
        }
        if ($n !== false) {
            $writes++;
            $sent += $n;
            if ($n < array_sum($left)) {
                $partial++;
            }
            /* Drop what went out: whole buffers first, then a head. */
            while ($left && $n >= $left[0]) {
                $n -= array_shift($left);
                socket_iovec_delete($out, 0);
            }
            if ($n > 0) {
                socket_iovec_set($out, 0, substr(socket_iovec_fetch($out, 0), $n));
                $left[0] -= $n;
            }
        }
    }
    $got = socket_readv($r, $in);
    if ($got === false) {
        if (socket_last_error($r) !== SOCKET_EAGAIN) {
            die("readv failed");
        }
        continue;
    }
    if ($got === 0) {
        break;
    }
    $received += $got;
    for ($i = 0; $i < 4 && $got > 0; $i++) {
        $take = min($got, MB / 4);
        hash_update($ctx, substr(socket_iovec_fetch($in, $i), 0, $take));
        $got -= $take;
    }
}
var_dump($sent === strlen($payload), $received === strlen($payload));
var_dump(count($left), $partial > 0, $writes > 1);
var_dump(hash_final($ctx) === $want);
?>
--EXPECT--
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
