--TEST--
SO_ATTACH_REUSEPORT_CBPF, SO_DETACH_BPF, SO_DETACH_FILTER (PHP 8.3 to 8.5): as PHP 8.3 treats them
--SKIPIF--
<?php
/* The bundled module has these constants from PHP 8.4 on. */
if (PHP_VERSION_ID < 80400) require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
var_dump(SO_DETACH_BPF === SO_DETACH_FILTER);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
// Only a socket of a SO_REUSEPORT group takes the program.
var_dump(socket_set_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, SKF_AD_CPU));
var_dump(socket_last_error($s) === SOCKET_EINVAL);
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, 1));
var_dump(socket_bind($s, '127.0.0.1', 0));
// The program picks the group's socket by CPU or by receive queue.
var_dump(socket_set_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, SKF_AD_CPU));
var_dump(socket_set_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, SKF_AD_QUEUE));
// Other selectors are refused before the kernel sees them.
socket_clear_error($s);
var_dump(socket_set_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, SKF_AD_MARK));
var_dump(socket_set_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, "7"));
var_dump(socket_last_error($s));
// 0 means SO_DETACH_BPF, as in 8.3: that detaches a socket filter, and
// the socket has none (ENOENT), whatever its reuseport program.
var_dump(socket_set_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, 0));
var_dump(socket_last_error($s) === SOCKET_ENOENT);
var_dump(socket_set_option($s, SOL_SOCKET, SO_DETACH_FILTER, 1));
var_dump(socket_set_option($s, SOL_SOCKET, SO_DETACH_BPF, 0));
// None of them can be read.
var_dump(socket_get_option($s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF));
var_dump(socket_get_option($s, SOL_SOCKET, SO_DETACH_BPF));
// The group still delivers.
socket_getsockname($s, $addr, $port);
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$w = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($w, "hi", 2, 0, '127.0.0.1', $port));
var_dump(socket_recvfrom($s, $buf, 10, 0, $from, $fromport), $buf);
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: socket_set_option(): Unsupported CBPF filter in %s on line %d
bool(false)

Warning: socket_set_option(): Unsupported CBPF filter in %s on line %d
bool(false)
int(0)

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
int(2)
int(2)
string(2) "hi"
