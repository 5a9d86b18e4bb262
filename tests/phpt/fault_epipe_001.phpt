--TEST--
Fault: writing to a closed peer fails with EPIPE as an error, and the process does not die of SIGPIPE
--FILE--
<?php
// PHP's CLI ignores SIGPIPE (the bit of signal 13 in SigIgn), so a write
// to a closed peer is an error, not the end of the process.
$ign = preg_match('/^SigIgn:\s*([0-9a-f]+)/mi', file_get_contents('/proc/self/status'), $m) ? hexdec($m[1]) : 0;
var_dump(($ign >> (SIGPIPE - 1)) & 1);

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[1]);
var_dump(socket_write($p[0], 'x'));
var_dump(socket_last_error($p[0]) === SOCKET_EPIPE);
var_dump(socket_send($p[0], 'y', 1, 0));
var_dump(socket_last_error() === SOCKET_EPIPE);

// Over TCP the first write after the peer's close may still be accepted
// (the peer answers it with a RST); a later one fails with EPIPE or, when
// the RST came first, ECONNRESET. Bounded: at most 50 writes.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $a, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);
socket_close($s);
for ($i = 0; $i < 50; $i++) {
    $r = @socket_write($c, str_repeat('z', 1000));
    if ($r === false) {
        break;
    }
    usleep(10000);
}
var_dump($r, in_array(socket_last_error($c), [SOCKET_EPIPE, SOCKET_ECONNRESET], true));
echo "still running\n";
?>
--EXPECTF--
int(1)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
bool(false)
bool(true)
still running
