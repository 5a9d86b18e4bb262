--TEST--
socket_addrinfo_lookup(): numeric IPv4 with hints, and socket_addrinfo_explain()'s array
--FILE--
<?php
$r = socket_addrinfo_lookup("127.0.0.1", "80", ["ai_family" => AF_INET, "ai_socktype" => SOCK_STREAM]);
var_dump($r);
var_dump(socket_addrinfo_explain($r[0]));
$r = socket_addrinfo_lookup("127.0.0.1", "5353", ["ai_family" => AF_INET, "ai_socktype" => SOCK_DGRAM, "ai_flags" => AI_PASSIVE]);
var_dump(socket_addrinfo_explain($r[0]));
?>
--EXPECT--
array(1) {
  [0]=>
  object(AddressInfo)#1 (0) {
  }
}
array(5) {
  ["ai_flags"]=>
  int(0)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(1)
  ["ai_protocol"]=>
  int(6)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(80)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
array(5) {
  ["ai_flags"]=>
  int(1)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(2)
  ["ai_protocol"]=>
  int(17)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(5353)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
