--TEST--
socket_select(): a socket the kernel reports hung up (POLLHUP) is readable, as select(2) says
--FILE--
<?php
// A TCP socket that never connected is in state CLOSE: poll() gives
// POLLHUP (and POLLOUT), no POLLIN; select(2) counts POLLHUP as readable,
// and so does 8.2. A read on it then fails at once instead of blocking.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$r = [$s]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0), count($r));
// Both sides shut down: hung up as well (with POLLIN this time).
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[0]);
$r = [$p[1]]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0), count($r));
?>
--EXPECT--
int(1)
int(1)
int(1)
int(1)
