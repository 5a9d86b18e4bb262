<?php
require __DIR__ . '/../t.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$st = socket_export_stream($q[1]);
$f = fopen(__FILE__, 'r');
t(fn() => socket_sendmsg($p[0], ['iov' => ['s'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$st, $f]]]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2)];
var_dump(socket_recvmsg($p[1], $m));
foreach ($m['control'][0]['data'] as $x) { var_dump(get_debug_type($x)); }
t(fn() => socket_sendmsg($p[0], ['iov' => ['s'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$q[0]]]]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($p[1], $m));
foreach ($m['control'][0]['data'] as $x) { var_dump(get_debug_type($x)); }
