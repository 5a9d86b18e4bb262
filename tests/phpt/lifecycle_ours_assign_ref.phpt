--TEST--
socket_create_pair() and socket_getsockname() store their results before the variable's old value is destroyed: a destructor of that value sees the new one, never a half-freed array
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
class D {
    function __destruct() {
        global $pair, $addr;
        // Walking the variable is what would read freed memory if the old
        // value were destroyed while it was still stored there.
        $n = is_array($pair) ? count(array_filter($pair, fn($v) => $v instanceof Socket)) : -1;
        echo "destructor: pair ", gettype($pair), " with $n sockets, addr ", gettype($addr), "\n";
    }
}
$pair = [new D, 1, 2];
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
var_dump(count($pair), $pair[0] instanceof Socket, $pair[1] instanceof Socket);

$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1', 0);
$addr = [new D];
var_dump(socket_getsockname($s, $addr, $port), $addr, $port > 0);

class T { public int $p = 0; }
$t = new T;
try {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $t->p);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t->p);
?>
--EXPECT--
destructor: pair array with 2 sockets, addr NULL
bool(true)
int(2)
bool(true)
bool(true)
destructor: pair array with 2 sockets, addr string
bool(true)
string(9) "127.0.0.1"
bool(true)
Cannot assign array to reference held by property T::$p of type int
int(0)
