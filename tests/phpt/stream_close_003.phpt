--TEST--
fclose() of the stream a Socket shares closes the descriptor; the Socket then fails as in 8.2
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "-- imported\n";
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s = socket_import_stream($pair[0]);
fclose($pair[0]);
var_dump(fread($pair[1], 10), feof($pair[1]));
attempt(fn() => socket_write($s, "x"));
var_dump(socket_last_error($s) === SOCKET_EBADF);
// The Socket still returns its (now closed) stream.
attempt(fn() => get_resource_type(socket_export_stream($s)));
// socket_close() cannot reach the closed stream: 8.2's TypeError, after
// which the Socket counts as closed.
attempt(fn() => socket_close($s));
attempt(fn() => socket_close($s));

echo "-- exported\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $sp);
$st = socket_export_stream($sp[0]);
var_dump(fclose($st));
var_dump(socket_read($sp[1], 10));
attempt(fn() => socket_set_nonblock($sp[0]));
attempt(fn() => socket_getsockname($sp[0], $addr));
attempt(fn() => socket_export_stream($sp[0]) === $st);
attempt(fn() => socket_close($sp[0]));
?>
--EXPECTF--
-- imported
string(0) ""
bool(true)

Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
bool(true)
string(7) "Unknown"
TypeError: socket_close(): supplied resource is not a valid stream resource
Error: socket_close(): Argument #1 ($socket) has already been closed
-- exported
bool(true)
string(0) ""

Warning: socket_set_nonblock(): unable to set nonblocking mode [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_getsockname(): unable to retrieve socket name [9]: Bad file descriptor in %s on line %d
bool(false)
bool(true)
TypeError: socket_close(): supplied resource is not a valid stream resource
