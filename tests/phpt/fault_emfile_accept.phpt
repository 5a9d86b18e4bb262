--TEST--
Fault: the descriptor limit reached during socket_accept() is a clear EMFILE error; open connections are still served
--INI--
extension=posix
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 16);
socket_getsockname($l, $addr, $port);

// Two clients connect; the server accepts the first, the second waits in
// the backlog.
$c1 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c1, '127.0.0.1', $port);
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c2, '127.0.0.1', $port);
$s1 = socket_accept($l);
// accept() honours SO_RCVTIMEO: no accept here waits more than 5 s.
socket_set_option($l, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
socket_set_option($c1, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
socket_set_option($s1, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);

// A low limit, then fill every descriptor up to it (at most 100 tries).
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, 64, posix_getrlimit()['hard openfiles']));
$fill = [];
for ($i = 0; $i < 100; $i++) {
    $f = @socket_create(AF_UNIX, SOCK_DGRAM, 0);
    if ($f === false) {
        break;
    }
    $fill[] = $f;
}
var_dump(count($fill) < 64, socket_last_error() === SOCKET_EMFILE);

// accept() cannot get a descriptor: an error, not a crash or a hang.
var_dump(socket_accept($l));
var_dump(socket_last_error() === SOCKET_EMFILE);

// The connection already open is served as before.
var_dump(socket_write($s1, "still here\n"));
var_dump(socket_read($c1, 100, PHP_NORMAL_READ));
var_dump(socket_write($c1, "and you?\n"));
var_dump(socket_read($s1, 100, PHP_NORMAL_READ));

// Descriptors freed, the server accepts again. The client it gets is the
// one that waited (under valgrind, which emulates the limit, that one is
// gone and the new one comes instead): both send the same line.
array_pop($fill);
array_pop($fill);
$c3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c3, '127.0.0.1', $port);
$s2 = socket_accept($l);
var_dump($s2 instanceof Socket);
socket_write($c2, "second\n");
socket_write($c3, "second\n");
var_dump(socket_read($s2, 100, PHP_NORMAL_READ));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)

Warning: socket_accept(): unable to accept incoming connection [24]: Too many open files in %s on line %d
bool(false)
bool(true)
int(11)
string(11) "still here
"
int(9)
string(9) "and you?
"
bool(true)
string(7) "second
"
