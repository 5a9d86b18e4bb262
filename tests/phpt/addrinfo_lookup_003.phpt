--TEST--
socket_addrinfo_lookup(): IPv6 and canonical names (ai_canonname comes before ai_addr)
--FILE--
<?php
$r = socket_addrinfo_lookup("::1", "8080", ["ai_flags" => AI_CANONNAME | AI_NUMERICHOST, "ai_socktype" => SOCK_DGRAM]);
var_dump(socket_addrinfo_explain($r[0]));
$r = socket_addrinfo_lookup("fe80::1:2", "1", ["ai_family" => AF_INET6, "ai_socktype" => SOCK_STREAM]);
echo json_encode(socket_addrinfo_explain($r[0])), "\n";
$r = socket_addrinfo_lookup("::ffff:127.0.0.1", null, ["ai_socktype" => SOCK_STREAM]);
echo json_encode(socket_addrinfo_explain($r[0])), "\n";
$r = socket_addrinfo_lookup("127.0.0.1", null, ["ai_flags" => AI_CANONNAME, "ai_socktype" => SOCK_STREAM]);
echo json_encode(socket_addrinfo_explain($r[0])), "\n";
// "localhost" comes from /etc/hosts (IPv4 only: an IPv6 query would go on to DNS).
$r = socket_addrinfo_lookup("localhost", "7", ["ai_family" => AF_INET, "ai_flags" => AI_CANONNAME, "ai_protocol" => SOL_TCP]);
echo json_encode(socket_addrinfo_explain($r[0])), "\n";
?>
--EXPECT--
array(6) {
  ["ai_flags"]=>
  int(6)
  ["ai_family"]=>
  int(10)
  ["ai_socktype"]=>
  int(2)
  ["ai_protocol"]=>
  int(17)
  ["ai_canonname"]=>
  string(3) "::1"
  ["ai_addr"]=>
  array(2) {
    ["sin6_port"]=>
    int(8080)
    ["sin6_addr"]=>
    string(3) "::1"
  }
}
{"ai_flags":0,"ai_family":10,"ai_socktype":1,"ai_protocol":6,"ai_addr":{"sin6_port":1,"sin6_addr":"fe80::1:2"}}
{"ai_flags":0,"ai_family":10,"ai_socktype":1,"ai_protocol":6,"ai_addr":{"sin6_port":0,"sin6_addr":"::ffff:127.0.0.1"}}
{"ai_flags":2,"ai_family":2,"ai_socktype":1,"ai_protocol":6,"ai_canonname":"127.0.0.1","ai_addr":{"sin_port":0,"sin_addr":"127.0.0.1"}}
{"ai_flags":2,"ai_family":2,"ai_socktype":1,"ai_protocol":6,"ai_canonname":"localhost","ai_addr":{"sin_port":7,"sin_addr":"127.0.0.1"}}
