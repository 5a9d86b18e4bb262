--TEST--
socket_sendmsg(): a control element without "level" or "type" is an error naming the key (8.2 reads garbage)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
var_dump(socket_sendmsg($p[0], ['control' => [['type' => SCM_RIGHTS, 'data' => [STDIN]]]]));
var_dump(socket_sendmsg($p[0], ['control' => [['level' => SOL_SOCKET, 'data' => [STDIN]]]]));
var_dump(socket_sendmsg($p[0], ['control' => [['data' => [STDIN]]]]));
var_dump(socket_sendmsg($p[0], ['control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN]],
    ['level' => IPPROTO_IPV6],
]]));
/* Null is a value, not a missing key: 8.2's integer error. */
var_dump(socket_sendmsg($p[0], ['control' => [['level' => null, 'type' => SCM_RIGHTS]]]));
?>
--EXPECTF--
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'type' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #1): The key 'type' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > level): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)
