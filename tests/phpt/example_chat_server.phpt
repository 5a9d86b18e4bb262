--TEST--
examples/chat_server.php: three clients chat through a socket_select() server, then all leave
--FILE--
<?php
require __DIR__ . '/example.inc';
run_example('chat_server', order: 'sorted');
?>
--EXPECTF--
exit status: 0
alice heard "bob: hi, bob here"
alice heard "carol: hi, carol here"
alice: bye
bob heard "alice: hi, alice here"
bob heard "carol: hi, carol here"
bob: bye
carol heard "alice: hi, alice here"
carol heard "bob: hi, bob here"
carol: bye
server: 3 clients served, 3 messages relayed, all clients done
server: alice joined
server: alice left
server: bob joined
server: bob left
server: carol joined
server: carol left
server: listening on 127.0.0.1:%d
