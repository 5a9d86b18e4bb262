--TEST--
socket_close() on an exported Socket closes the exported stream too (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$st = socket_export_stream($pair[0]);
socket_close($pair[0]);
var_dump(get_resource_type($st));
try {
    fclose($st);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_read($pair[1], 10));
?>
--EXPECT--
string(7) "Unknown"
fclose(): Argument #1 ($stream) must be an open stream resource
string(0) ""
