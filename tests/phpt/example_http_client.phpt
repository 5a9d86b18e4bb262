--TEST--
examples/http_client.php: GET and POST to php -S, bodies by Content-Length, chunks and end of connection
--FILE--
<?php
require __DIR__ . '/example.inc';
run_example('http_client');
?>
--EXPECTF--
exit status: 0
started php -S on 127.0.0.1:%d
GET /hello -> 200 OK, text/plain;charset=UTF-8, 14 bytes by Content-Length: "Hello, world!\n"
POST /echo -> 200 OK, text/plain;charset=UTF-8, 30 bytes by end of connection: "you sent POST with 1000 bytes\n"
GET /chunked -> 200 OK, text/plain;charset=UTF-8, 38 bytes by chunked: "first chunk, second chunk, last chunk\n"
GET /missing -> 404 Not Found, text/plain;charset=UTF-8, 23 bytes by end of connection: "no such page: /missing\n"
stopped the server
