--TEST--
socket_read() PHP_NORMAL_READ: "\r" ends a line too, so "\r\n" comes back as two reads
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "a\nb\r\nc\rd\n");
for ($i = 0; $i < 5; $i++) {
    $r = socket_read($b, 100, PHP_NORMAL_READ);
    echo json_encode($r), "\n";
}
?>
--EXPECT--
"a\n"
"b\r"
"\n"
"c\r"
"d\n"
