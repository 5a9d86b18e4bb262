--TEST--
socket_recvmsg(): received descriptors are never leaked when the conversion of the result fails (8.2 leaks them)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
function open_fds() { return count(scandir('/proc/self/fd')); }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
/* SO_TIMESTAMP (29): a control message neither module converts, which the
 * kernel puts before the descriptors. */
var_dump(socket_set_option($b, SOL_SOCKET, 29, 1));
$before = open_fds();
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN, STDOUT, STDERR]],
]]));
$m = ['controllen' => 200];
var_dump(socket_recvmsg($b, $m), $m);
var_dump(open_fds() - $before);

echo "-- a credentials message cut short: the descriptors never arrive, nothing stays open\n";
var_dump(socket_set_option($b, SOL_SOCKET, 29, 0));
var_dump(socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1));
/* With room for part of the credentials only, the kernel drops the
 * descriptors itself. */
var_dump(socket_sendmsg($a, ['iov' => ['y'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN]],
]]));
$m = ['controllen' => 20];
var_dump(socket_recvmsg($b, $m), $m);
var_dump(open_fds() - $before);
?>
--EXPECTF--
bool(true)
int(1)

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): cmsghdr with level 1 and type 29 not supported in %s on line %d
int(1)
bool(false)
int(0)
-- a credentials message cut short: the descriptors never arrive, nothing stays open
bool(true)
bool(true)
int(1)

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 20 in %s on line %d
int(1)
bool(false)
int(0)
