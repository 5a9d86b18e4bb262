--TEST--
socket_recvfrom() failure warnings per family (note the lower-case "unable" for AF_INET6)
--FILE--
<?php
foreach ([AF_INET, AF_INET6, AF_UNIX] as $fam) {
    $s = socket_create($fam, SOCK_STREAM, 0);
    $buf = "b"; $from = "f"; $port = "p";
    var_dump(socket_recvfrom($s, $buf, 10, 0, $from, $port));
    var_dump($buf, $from, $port);
}
?>
--EXPECTF--

Warning: socket_recvfrom(): Unable to recvfrom [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"

Warning: socket_recvfrom(): unable to recvfrom [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"

Warning: socket_recvfrom(): Unable to recvfrom [22]: Invalid argument in %s on line %d
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
