--TEST--
socket_readv()/socket_writev() on non-blocking sockets: EAGAIN is false without a warning; writev may be partial
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_set_nonblock($a);
socket_set_nonblock($b);

echo "readv with nothing to read\n";
$in = socket_iovec_alloc(2, 8, 8);
socket_iovec_set($in, 0, "keepkeep");
var_dump(socket_readv($b, $in));
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
var_dump(socket_iovec_fetch($in, 0));
socket_clear_error($b);
socket_clear_error();

echo "writev into a full socket buffer is partial, then EAGAIN\n";
$chunk = str_repeat("x", 1 << 20);
$out = socket_iovec_alloc(4, 0, 0, 0, 0);
for ($i = 0; $i < 4; $i++) {
    socket_iovec_set($out, $i, $chunk);
}
$first = socket_writev($a, $out);
var_dump(is_int($first), $first > 0, $first < 4 << 20);
$sent = $first;
$again = false;
for ($i = 0; $i < 100; $i++) {
    $n = socket_writev($a, $out);
    if ($n === false) {
        $again = true;
        break;
    }
    $sent += $n;
}
var_dump($again, socket_last_error($a) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);

echo "everything that writev reported arrived\n";
$got = 0;
$big = socket_iovec_alloc(2, 1 << 16, 1 << 16);
for ($i = 0; $i < 10000; $i++) {
    $n = socket_readv($b, $big);
    if ($n === false) {
        break;
    }
    $got += $n;
}
var_dump($got === $sent, socket_last_error($b) === SOCKET_EAGAIN);
?>
--EXPECT--
readv with nothing to read
bool(false)
bool(true)
bool(true)
string(8) "keepkeep"
writev into a full socket buffer is partial, then EAGAIN
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
everything that writev reported arrived
bool(true)
bool(true)
