--TEST--
SOL_TCP int options: TCP_NODELAY, TCP_KEEPIDLE/KEEPINTVL/KEEPCNT, TCP_DEFER_ACCEPT
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
var_dump(socket_set_option($s, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
foreach (['TCP_KEEPIDLE' => 30, 'TCP_KEEPINTVL' => 5, 'TCP_KEEPCNT' => 3] as $name => $value) {
    $opt = constant($name);
    echo $name, ": ", var_export(socket_get_option($s, SOL_TCP, $opt) > 0, true), " ",
        var_export(socket_set_option($s, SOL_TCP, $opt, $value), true), " ",
        socket_get_option($s, SOL_TCP, $opt), "\n";
}
// The kernel refuses 0 seconds of idleness.
var_dump(socket_set_option($s, SOL_TCP, TCP_KEEPIDLE, 0));
var_dump(socket_last_error($s) === SOCKET_EINVAL);
// TCP_DEFER_ACCEPT is kept in retransmission periods, so it reads back
// rounded up.
var_dump(socket_get_option($s, SOL_TCP, TCP_DEFER_ACCEPT));
var_dump(socket_set_option($s, SOL_TCP, TCP_DEFER_ACCEPT, 5));
var_dump(socket_get_option($s, SOL_TCP, TCP_DEFER_ACCEPT) >= 5);
var_dump(socket_set_option($s, SOL_TCP, TCP_DEFER_ACCEPT, 0));
var_dump(socket_get_option($s, SOL_TCP, TCP_DEFER_ACCEPT));
// Nothing unsent on a fresh socket: TCP_NOTSENT_LOWAT reads 0 (unlimited).
var_dump(socket_get_option($s, SOL_TCP, TCP_NOTSENT_LOWAT));
// TCP options on a unix socket are refused.
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_get_option($u, SOL_TCP, TCP_NODELAY));
?>
--EXPECTF--
int(0)
bool(true)
int(1)
TCP_KEEPIDLE: true true 30
TCP_KEEPINTVL: true true 5
TCP_KEEPCNT: true true 3

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
int(0)
int(0)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
