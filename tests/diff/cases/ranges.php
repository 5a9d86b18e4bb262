<?php
require __DIR__ . '/../t.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([-1, 65536, 2147483648, PHP_INT_MAX, 100] as $v) {
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ["l_onoff" => $v, "l_linger" => 1]));
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ["l_onoff" => 1, "l_linger" => $v]));
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ["sec" => $v, "usec" => 1]));
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 1, "usec" => $v]));
}
