--TEST--
socket_select(): a closed socket in an array is a TypeError; the arrays stay as they were
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_close($q[0]);
$n = null;
foreach ([0, 1, 2] as $pos) {
    $arrays = [[$p[0]], [$p[1]], [$p[0]]];
    $arrays[$pos][] = $q[0];
    try {
        socket_select($arrays[0], $arrays[1], $arrays[2], 0);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
    echo count($arrays[0]), count($arrays[1]), count($arrays[2]), "\n";
}
// Its peer is still usable, and readable: the other end has gone.
$r = [$q[1]];
var_dump(socket_select($r, $n, $n, 0), count($r));
var_dump(socket_read($q[1], 10));
?>
--EXPECT--
socket_select(): Argument #1 ($read) contains a closed socket
211
socket_select(): Argument #2 ($write) contains a closed socket
121
socket_select(): Argument #3 ($except) contains a closed socket
112
int(1)
int(1)
string(0) ""
