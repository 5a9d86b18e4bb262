--TEST--
socket_create(): every supported domain/type combination returns a Socket of that type
--FILE--
<?php
$cases = [
    ['AF_INET', AF_INET, 'SOCK_STREAM', SOCK_STREAM, SOL_TCP],
    ['AF_INET', AF_INET, 'SOCK_STREAM', SOCK_STREAM, 0],
    ['AF_INET', AF_INET, 'SOCK_DGRAM', SOCK_DGRAM, SOL_UDP],
    ['AF_INET', AF_INET, 'SOCK_DGRAM', SOCK_DGRAM, 0],
    ['AF_INET6', AF_INET6, 'SOCK_STREAM', SOCK_STREAM, SOL_TCP],
    ['AF_INET6', AF_INET6, 'SOCK_DGRAM', SOCK_DGRAM, SOL_UDP],
    ['AF_UNIX', AF_UNIX, 'SOCK_STREAM', SOCK_STREAM, 0],
    ['AF_UNIX', AF_UNIX, 'SOCK_DGRAM', SOCK_DGRAM, 0],
    ['AF_UNIX', AF_UNIX, 'SOCK_SEQPACKET', SOCK_SEQPACKET, 0],
];
foreach ($cases as [$dn, $d, $tn, $t, $p]) {
    $s = socket_create($d, $t, $p);
    echo "$dn $tn $p: ", get_class($s), " type=", socket_get_option($s, SOL_SOCKET, SO_TYPE) === $t ? "ok" : "WRONG", "\n";
    socket_close($s);
}
var_dump(socket_last_error());
?>
--EXPECT--
AF_INET SOCK_STREAM 6: Socket type=ok
AF_INET SOCK_STREAM 0: Socket type=ok
AF_INET SOCK_DGRAM 17: Socket type=ok
AF_INET SOCK_DGRAM 0: Socket type=ok
AF_INET6 SOCK_STREAM 6: Socket type=ok
AF_INET6 SOCK_DGRAM 17: Socket type=ok
AF_UNIX SOCK_STREAM 0: Socket type=ok
AF_UNIX SOCK_DGRAM 0: Socket type=ok
AF_UNIX SOCK_SEQPACKET 0: Socket type=ok
int(0)
