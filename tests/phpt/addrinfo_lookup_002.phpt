--TEST--
socket_addrinfo_lookup(): without hints, one AddressInfo per socket type, in getaddrinfo's order
--FILE--
<?php
$r = socket_addrinfo_lookup("127.0.0.1");
var_dump(count($r));
foreach ($r as $ai) {
    $e = socket_addrinfo_explain($ai);
    echo $e["ai_family"], " ", $e["ai_socktype"], " ", $e["ai_protocol"], " ",
        json_encode($e["ai_addr"]), " ", implode(",", array_keys($e)), "\n";
}
// A service with no host part.
$r = socket_addrinfo_lookup("10.1.2.3", "65535", ["ai_socktype" => SOCK_STREAM]);
echo json_encode(socket_addrinfo_explain($r[0])), "\n";
// ai_protocol alone selects the socket type.
$r = socket_addrinfo_lookup("127.0.0.1", null, ["ai_protocol" => SOL_UDP]);
var_dump(count($r), socket_addrinfo_explain($r[0])["ai_socktype"] === SOCK_DGRAM);
?>
--EXPECT--
int(3)
2 1 6 {"sin_port":0,"sin_addr":"127.0.0.1"} ai_flags,ai_family,ai_socktype,ai_protocol,ai_addr
2 2 17 {"sin_port":0,"sin_addr":"127.0.0.1"} ai_flags,ai_family,ai_socktype,ai_protocol,ai_addr
2 3 0 {"sin_port":0,"sin_addr":"127.0.0.1"} ai_flags,ai_family,ai_socktype,ai_protocol,ai_addr
{"ai_flags":0,"ai_family":2,"ai_socktype":1,"ai_protocol":6,"ai_addr":{"sin_port":65535,"sin_addr":"10.1.2.3"}}
int(1)
bool(true)
