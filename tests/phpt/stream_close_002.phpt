--TEST--
socket_close() on an exported Socket closes the exported stream too
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
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
fclose(): supplied resource is not a valid stream resource
string(0) ""
