--TEST--
socket_import_stream(): streams that are not sockets, and arguments that are not streams
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$file = fopen(__FILE__, "r");
attempt(fn() => socket_import_stream($file));
$mem = fopen("php://memory", "r+");
attempt(fn() => socket_import_stream($mem));
$temp = fopen("php://temp", "r+");
attempt(fn() => socket_import_stream($temp));
$dir = opendir(__DIR__);
attempt(fn() => socket_import_stream($dir));
var_dump(socket_last_error());

// The failed imports leave the streams usable.
var_dump(fwrite($mem, "still here"), rewind($mem), fread($mem, 100));
var_dump(strlen(fread($file, 5)));

fclose($file);
attempt(fn() => socket_import_stream($file));
attempt(fn() => socket_import_stream(stream_context_create()));
attempt(fn() => socket_import_stream(42));
attempt(fn() => socket_import_stream(socket_create(AF_UNIX, SOCK_STREAM, 0)));
?>
--EXPECTF--
Warning: socket_import_stream(): Cannot represent a stream of type STDIO as a Socket Descriptor in %s on line %d
bool(false)

Warning: socket_import_stream(): Cannot represent a stream of type MEMORY as a Socket Descriptor in %s on line %d
bool(false)

Warning: socket_import_stream(): Cannot represent a stream of type STDIO as a Socket Descriptor in %s on line %d

Warning: socket_import_stream(): Cannot represent a stream of type TEMP as a Socket Descriptor in %s on line %d
bool(false)

Warning: socket_import_stream(): Cannot represent a stream of type dir as a Socket Descriptor in %s on line %d
bool(false)
int(0)
int(10)
bool(true)
string(10) "still here"
int(5)
TypeError: socket_import_stream(): supplied resource is not a valid stream resource
TypeError: socket_import_stream(): supplied resource is not a valid stream resource
TypeError: socket_import_stream(): Argument #1 ($stream) must be of type resource, int given
TypeError: socket_import_stream(): Argument #1 ($stream) must be of type resource, Socket given
