--TEST--
Non-blocking writes to a full buffer: false with SOCKET_EAGAIN and no warning
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($a);
$chunk = str_repeat("x", 65536);
$total = 0;
for ($i = 0; $i < 10000; $i++) {
    $n = socket_write($a, $chunk);
    if ($n === false) {
        break;
    }
    $total += $n;
}
var_dump($n, $i < 10000, $total > 0);
var_dump(socket_last_error($a) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
var_dump(socket_send($a, "y", 1, 0));
var_dump(socket_last_error($a) === SOCKET_EAGAIN);
// drain a bit and the write goes through again
socket_set_nonblock($b);
$got = 0;
while (($r = socket_read($b, 65536)) !== false && $r !== "") {
    $got += strlen($r);
}
var_dump($got === $total);
var_dump(socket_write($a, "more"));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
int(4)
