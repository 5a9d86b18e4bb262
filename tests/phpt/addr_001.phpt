--TEST--
socket_bind() AF_INET to 127.0.0.1 port 0; socket_getsockname() reads the port back
--FILE--
<?php
foreach ([SOCK_STREAM, SOCK_DGRAM] as $type) {
    $s = socket_create(AF_INET, $type, 0);
    var_dump(socket_bind($s, "127.0.0.1", 0));
    $addr = $port = "unset";
    var_dump(socket_getsockname($s, $addr, $port));
    var_dump($addr, is_int($port), $port > 0 && $port <= 65535);
    // without $port only the address is written
    $addr2 = null;
    var_dump(socket_getsockname($s, $addr2), $addr2);
}
// default port argument is 0
$s = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_bind($s, "127.0.0.1"));
socket_getsockname($s, $a, $p);
var_dump($p > 0);
?>
--EXPECT--
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
