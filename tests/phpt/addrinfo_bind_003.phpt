--TEST--
socket_addrinfo_bind() and socket_addrinfo_connect(): errors
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$ai = socket_addrinfo_lookup("127.0.0.1", "0", ["ai_family" => AF_INET, "ai_socktype" => SOCK_STREAM]);
$server = socket_addrinfo_bind($ai[0]);
socket_getsockname($server, $addr, $port);
$same = socket_addrinfo_lookup("127.0.0.1", (string)$port, ["ai_family" => AF_INET, "ai_socktype" => SOCK_STREAM]);

echo "-- port in use\n";
attempt(fn() => socket_addrinfo_bind($same[0]));
var_dump(socket_last_error() === SOCKET_EADDRINUSE);

echo "-- refused (bound, not listening)\n";
attempt(fn() => socket_addrinfo_connect($same[0]));
var_dump(socket_last_error() === SOCKET_ECONNREFUSED);

echo "-- a raw socket without a protocol cannot be created\n";
$all = socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET]);
var_dump(socket_addrinfo_explain($all[2])["ai_socktype"] === SOCK_RAW);
socket_clear_error();
attempt(fn() => socket_addrinfo_bind($all[2]));
var_dump(socket_last_error() === SOCKET_EPROTONOSUPPORT);
socket_clear_error();
attempt(fn() => socket_addrinfo_connect($all[2]));
var_dump(socket_last_error() === SOCKET_EPROTONOSUPPORT);

echo "-- argument types\n";
attempt(fn() => socket_addrinfo_bind(1));
attempt(fn() => socket_addrinfo_connect(null));
attempt(fn() => socket_addrinfo_explain(new stdClass));
attempt(fn() => socket_addrinfo_connect($server));
?>
--EXPECTF--
-- port in use

Warning: socket_addrinfo_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
-- refused (bound, not listening)

Warning: socket_addrinfo_connect(): Unable to connect address [111]: Connection refused in %s on line %d
bool(false)
bool(true)
-- a raw socket without a protocol cannot be created
bool(true)

Warning: socket_addrinfo_bind(): Unable to create socket [93]: Protocol not supported in %s on line %d
bool(false)
bool(true)

Warning: socket_addrinfo_connect(): Unable to create socket [93]: Protocol not supported in %s on line %d
bool(false)
bool(true)
-- argument types
TypeError: socket_addrinfo_bind(): Argument #1 ($address) must be of type AddressInfo, int given
TypeError: socket_addrinfo_connect(): Argument #1 ($address) must be of type AddressInfo, null given
TypeError: socket_addrinfo_explain(): Argument #1 ($address) must be of type AddressInfo, stdClass given
TypeError: socket_addrinfo_connect(): Argument #1 ($address) must be of type AddressInfo, Socket given
