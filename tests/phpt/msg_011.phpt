--TEST--
socket_recvmsg(): control data cut short by a small controllen (MSG_CTRUNC)
--FILE--
<?php
function open_fds() { return count(scandir('/proc/self/fd')); }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
$three = ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN, STDOUT, STDERR]]]];
$before = open_fds();

echo "-- room for two of three descriptors\n";
socket_sendmsg($a, $three);
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($b, $m), $m['flags'] === MSG_CTRUNC, count($m['control'][0]['data']));
unset($m);
var_dump(open_fds() - $before);

echo "-- room for one, and not even the padding\n";
socket_sendmsg($a, $three);
$m = ['controllen' => 20];
var_dump(socket_recvmsg($b, $m), $m['flags'] === MSG_CTRUNC, count($m['control'][0]['data']));
unset($m);
var_dump(open_fds() - $before);

echo "-- room for no header\n";
socket_sendmsg($a, $three);
$m = ['controllen' => 10];
var_dump(socket_recvmsg($b, $m), $m['flags'] === MSG_CTRUNC, $m['control']);
var_dump(open_fds() - $before);

echo "-- credentials cut short: 8.2's warning, and the message array becomes false\n";
socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1);
socket_sendmsg($a, ['iov' => ['abc']]);
$m = ['controllen' => 20];
var_dump(socket_recvmsg($b, $m), $m);
socket_sendmsg($a, ['iov' => ['abc']]);
$m = ['controllen' => 16];
var_dump(socket_recvmsg($b, $m), $m);
socket_sendmsg($a, ['iov' => ['abc']]);
$m = ['controllen' => 15];
var_dump(socket_recvmsg($b, $m), $m['control'], $m['flags'] === MSG_CTRUNC);
var_dump(open_fds() - $before);

echo "-- credentials whole, descriptors cut to one\n";
socket_sendmsg($a, $three);
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS) + 20];
var_dump(socket_recvmsg($b, $m), count($m['control']), $m['control'][1]['type'] === SCM_RIGHTS,
    count($m['control'][1]['data']), $m['flags'] === MSG_CTRUNC);
unset($m);
var_dump(open_fds() - $before);
?>
--EXPECTF--
-- room for two of three descriptors
int(1)
bool(true)
int(2)
int(0)
-- room for one, and not even the padding
int(1)
bool(true)
int(1)
int(0)
-- room for no header
int(1)
bool(true)
array(0) {
}
int(0)
-- credentials cut short: 8.2's warning, and the message array becomes false

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 20 in %s on line %d
int(3)
bool(false)

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 16 in %s on line %d
int(3)
bool(false)
int(3)
array(0) {
}
bool(true)
int(0)
-- credentials whole, descriptors cut to one
int(1)
int(2)
bool(true)
int(1)
bool(true)
int(0)
