--TEST--
Fault: the peer resets mid-transfer (SO_LINGER {1,0} close): ECONNRESET is reported and the server goes on serving
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 8);
socket_getsockname($l, $addr, $port);

// The first client sends part of a transfer, then aborts: SO_LINGER with a
// zero timeout makes close() send a RST instead of a FIN.
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
var_dump(socket_write($c, str_repeat('a', 1000)));
var_dump(strlen(socket_read($s, 1000)));
var_dump(socket_write($c, str_repeat('b', 50000)));
var_dump(socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]));
socket_close($c);
usleep(50000);

// Whatever was still queued is dropped with the connection: the next read
// fails with ECONNRESET (reads are bounded in count and time).
$got = 0;
for ($i = 0; $i < 100; $i++) {
    $r = socket_read($s, 65536);
    if ($r === false || $r === '') {
        break;
    }
    $got += strlen($r);
}
var_dump($r, socket_last_error($s) === SOCKET_ECONNRESET, $got <= 50000);
// Writing to the reset connection fails too, with EPIPE, and quietly kills
// nothing.
var_dump(socket_write($s, 'late'));
var_dump(socket_last_error($s) === SOCKET_EPIPE);
socket_close($s);

// The server goes on: a second client is served as if nothing happened.
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c2, '127.0.0.1', $port);
$s2 = socket_accept($l);
socket_set_option($c2, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
socket_write($c2, "ping\n");
var_dump(socket_read($s2, 100, PHP_NORMAL_READ));
socket_write($s2, "pong\n");
var_dump(socket_read($c2, 100, PHP_NORMAL_READ));
echo "done\n";
?>
--EXPECTF--
int(1000)
int(1000)
int(50000)
bool(true)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
string(5) "ping
"
string(5) "pong
"
done
