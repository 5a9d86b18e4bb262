--TEST--
PHP_NORMAL_READ splits "a\nb\r\nc\rd" like 8.2 and ends with the unterminated "d" (8.2 loses it), then false; long lines split at $length
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "a\nb\r\nc\rd");
socket_close($a);
for ($i = 0; $i < 6; $i++) {
    echo json_encode(@socket_read($b, 100, PHP_NORMAL_READ)), "\n";
}

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "0123456789\nxy");
socket_close($a);
for ($i = 0; $i < 6; $i++) {
    echo json_encode(@socket_read($b, 4, PHP_NORMAL_READ)), "\n";
}
?>
--EXPECT--
"a\n"
"b\r"
"\n"
"c\r"
"d"
false
"0123"
"4567"
"89\n"
"xy"
false
false
