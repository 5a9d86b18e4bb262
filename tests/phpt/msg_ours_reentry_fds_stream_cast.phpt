--TEST--
socket_sendmsg(): SCM_RIGHTS data grown by a user stream wrapper's stream_cast()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// SCM_RIGHTS data: a user stream's stream_cast() grows the array being walked.
class W {
    public $context;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_cast($as) {
        for ($i = 0; $i < 64; $i++) { $GLOBALS['fds'][] = STDERR; }
        return $GLOBALS['real'];
    }
}
stream_wrapper_register('evil', 'W');
$real = fopen(__FILE__, 'r');
$w = fopen('evil://x', 'r');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$fds = [$w, $p[0]];
var_dump(socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => &$fds]]], 0));
var_dump(count($fds));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 80)];
socket_set_nonblock($p[1]);
var_dump(socket_recvmsg($p[1], $m, 0));
var_dump($m['iov'][0] ?? null, count($m['control'][0]['data'] ?? []));
?>
--EXPECT--
int(1)
int(66)
int(1)
string(1) "x"
int(2)
