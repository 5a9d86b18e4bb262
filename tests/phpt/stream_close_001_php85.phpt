--TEST--
socket_close() on an imported Socket closes its stream; the stream resource stays, invalid (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s = socket_import_stream($pair[0]);
var_dump(socket_close($s));
var_dump(get_resource_type($pair[0]));
attempt(fn() => fwrite($pair[0], "x"));
attempt(fn() => fclose($pair[0]));
// The descriptor is closed: the peer reads the end of the connection.
var_dump(fread($pair[1], 10), feof($pair[1]));
attempt(fn() => socket_write($s, "x"));
attempt(fn() => socket_export_stream($s));
attempt(fn() => socket_close($s));
?>
--EXPECT--
NULL
string(7) "Unknown"
TypeError: fwrite(): Argument #1 ($stream) must be an open stream resource
TypeError: fclose(): Argument #1 ($stream) must be an open stream resource
string(0) ""
bool(true)
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_export_stream(): Argument #1 ($socket) has already been closed
Error: socket_close(): Argument #1 ($socket) has already been closed
