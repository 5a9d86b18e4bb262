--TEST--
socket_create_pair(): AF_UNIX SOCK_DGRAM and SOCK_SEQPACKET pairs keep message boundaries
--FILE--
<?php
foreach (['SOCK_DGRAM' => SOCK_DGRAM, 'SOCK_SEQPACKET' => SOCK_SEQPACKET] as $name => $type) {
    echo "$name\n";
    var_dump(socket_create_pair(AF_UNIX, $type, 0, $pair));
    [$a, $b] = $pair;
    socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
    var_dump(socket_write($a, "one"));
    var_dump(socket_write($a, "two2"));
    var_dump(socket_send($a, "three", 5, 0));
    var_dump(socket_read($b, 100));
    var_dump(socket_recv($b, $buf, 100, 0), $buf);
    var_dump(socket_read($b, 2));
    var_dump(socket_get_option($b, SOL_SOCKET, SO_TYPE) === $type);
}
?>
--EXPECT--
SOCK_DGRAM
bool(true)
int(3)
int(4)
int(5)
string(3) "one"
int(4)
string(4) "two2"
string(2) "th"
bool(true)
SOCK_SEQPACKET
bool(true)
int(3)
int(4)
int(5)
string(3) "one"
int(4)
string(4) "two2"
string(2) "th"
bool(true)
