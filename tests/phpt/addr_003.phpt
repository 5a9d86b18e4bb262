--TEST--
socket_bind() AF_INET: wildcard address, numeric forms inet_aton() accepts
--FILE--
<?php
foreach (["0.0.0.0", "127.1", "127.0.0.2", "2130706433"] as $addr) {
    $s = socket_create(AF_INET, SOCK_DGRAM, 0);
    $ok = socket_bind($s, $addr, 0);
    socket_getsockname($s, $a, $p);
    echo "$addr: ", var_export($ok, true), " $a\n";
}
?>
--EXPECT--
0.0.0.0: true 0.0.0.0
127.1: true 127.0.0.1
127.0.0.2: true 127.0.0.2
2130706433: true 127.0.0.1
