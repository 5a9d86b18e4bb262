<?php
require __DIR__ . '/../t.inc';
foreach ([-5, 70000, 65535, 0] as $port) {
  $c = socket_create(AF_INET, SOCK_STREAM, 0);
  socket_set_nonblock($c);
  t(fn() => socket_connect($c, "127.0.0.1", $port));
  $c6 = socket_create(AF_INET6, SOCK_STREAM, 0);
  socket_set_nonblock($c6);
  t(fn() => socket_connect($c6, "::1", $port));
  $d = socket_create(AF_INET, SOCK_DGRAM, 0);
  t(fn() => socket_bind($d, "127.0.0.1", $port));
  $d6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
  t(fn() => socket_sendto($d6, "x", 1, 0, "::1", $port));
  t(fn() => socket_create_listen($port) instanceof Socket);
  t(fn() => socket_sendmsg($d, ["name" => ["addr" => "127.0.0.1", "port" => $port], "iov" => ["x"]], 0));
}
$c = socket_create(AF_INET, SOCK_STREAM, 0);
$l = socket_create_listen(0); socket_getsockname($l, $a, $p);
socket_connect($c, "127.0.0.1", $p);
t(fn() => socket_connect($c, "127.0.0.1", -5));
t(fn() => socket_connect($c, "127.0.0.1", 70000));
