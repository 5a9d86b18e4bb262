--TEST--
socket_send/recv/sendto/recvfrom(): flags beyond a C int are a ValueError, not truncated into other flags
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// 8.2 truncates: (1 << 32) | MSG_DONTWAIT reaches recv() as MSG_DONTWAIT,
// 1 << 32 as no flag at all.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$calls = [
    'send' => fn() => socket_send($p[0], "x", 1, 1 << 32),
    'recv' => function () use ($p) { return socket_recv($p[1], $b, 10, (1 << 32) | MSG_DONTWAIT); },
    'sendto' => fn() => socket_sendto($p[0], "x", 1, -(1 << 40), "/nonexistent"),
    'recvfrom' => function () use ($p) { return socket_recvfrom($p[1], $b, 10, PHP_INT_MAX, $from); },
];
foreach ($calls as $name => $call) {
    try {
        var_dump($call());
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
// A flag inside the range still means what it says.
socket_send($p[0], "y", 1, 0);
var_dump(socket_recv($p[1], $b, 10, MSG_DONTWAIT), $b);
?>
--EXPECT--
socket_send(): Argument #4 ($flags) must be between -2147483648 and 2147483647
socket_recv(): Argument #4 ($flags) must be between -2147483648 and 2147483647
socket_sendto(): Argument #4 ($flags) must be between -2147483648 and 2147483647
socket_recvfrom(): Argument #4 ($flags) must be between -2147483648 and 2147483647
int(1)
string(1) "y"
