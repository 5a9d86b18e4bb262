--TEST--
socket_getpeername(): unconnected sockets warn ENOTCONN; connected ones give the peer (all families)
--FILE--
<?php
foreach ([AF_INET, AF_INET6, AF_UNIX] as $fam) {
    $s = socket_create($fam, SOCK_STREAM, 0);
    $a = $p = "untouched";
    var_dump(socket_getpeername($s, $a, $p), $a, $p);
    var_dump(socket_last_error($s) === SOCKET_ENOTCONN);
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$p = "untouched";
var_dump(socket_getpeername($pair[0], $a, $p), $a, $p);
?>
--EXPECTF--
Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(9) "untouched"
string(9) "untouched"
bool(true)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(9) "untouched"
string(9) "untouched"
bool(true)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(9) "untouched"
string(9) "untouched"
bool(true)
bool(true)
string(0) ""
string(9) "untouched"
