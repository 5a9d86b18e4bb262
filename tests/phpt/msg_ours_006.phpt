--TEST--
socket_sendmsg()/socket_recvmsg(): references inside the message array are followed like any value (8.2 rejects them)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$level = SOL_SOCKET;
$fd = STDERR;
$data = [&$fd];
$iov = ['by', 'ref'];
$msg = ['iov' => &$iov, 'control' => [['level' => &$level, 'type' => SCM_RIGHTS, 'data' => &$data]]];
var_dump(socket_sendmsg($p[0], $msg));
$len = 100;
$m = ['controllen' => &$len, 'buffer_size' => &$len];
var_dump(socket_recvmsg($p[1], $m), $m['iov'], count($m['control'][0]['data']));
foreach ($iov as &$v) {
    $v = strtoupper($v);
}
unset($v);
var_dump(socket_sendmsg($p[0], ['iov' => $iov]));
$m = ['controllen' => 16];
var_dump(socket_recvmsg($p[1], $m), $m['iov']);
?>
--EXPECT--
int(5)
int(5)
array(1) {
  [0]=>
  string(5) "byref"
}
int(1)
int(5)
int(5)
array(1) {
  [0]=>
  string(5) "BYREF"
}
