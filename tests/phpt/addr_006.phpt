--TEST--
socket_bind() AF_INET6: ::1, ::, and a numeric scope id
--FILE--
<?php
foreach (["::1", "::", "::1%1", "0:0:0:0:0:0:0:1"] as $addr) {
    $s = socket_create(AF_INET6, SOCK_DGRAM, 0);
    $ok = socket_bind($s, $addr, 0);
    socket_getsockname($s, $a, $p);
    echo "$addr: ", var_export($ok, true), " $a ", $p > 0 ? "port>0" : "port=0", "\n";
}
?>
--EXPECT--
::1: true ::1 port>0
::: true :: port>0
::1%1: true ::1 port>0
0:0:0:0:0:0:0:1: true ::1 port>0
