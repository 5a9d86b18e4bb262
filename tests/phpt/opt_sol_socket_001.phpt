--TEST--
SO_MARK, SO_INCOMING_CPU, SO_MEMINFO, SO_BPF_EXTENSIONS, SO_ZEROCOPY
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_MARK));
var_dump(socket_set_option($s, SOL_SOCKET, SO_MARK, 42));
var_dump(socket_get_option($s, SOL_SOCKET, SO_MARK));
// The mark is a u32 the kernel hands back as an int.
var_dump(socket_set_option($s, SOL_SOCKET, SO_MARK, -1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_MARK));
var_dump(socket_get_option($s, SOL_SOCKET, SO_INCOMING_CPU));
var_dump(socket_set_option($s, SOL_SOCKET, SO_INCOMING_CPU, 0));
var_dump(socket_get_option($s, SOL_SOCKET, SO_INCOMING_CPU));
$m = socket_get_option($s, SOL_SOCKET, SO_MEMINFO);
var_dump(array_keys($m));
var_dump($m['rcvbuf'] === socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
var_dump($m['sndbuf'] === socket_get_option($s, SOL_SOCKET, SO_SNDBUF));
var_dump(count(array_filter($m, 'is_int')));
// SO_MEMINFO is read-only.
var_dump(socket_set_option($s, SOL_SOCKET, SO_MEMINFO, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BPF_EXTENSIONS) > 0);
var_dump(socket_get_option($s, SOL_SOCKET, SO_ZEROCOPY));
var_dump(socket_set_option($s, SOL_SOCKET, SO_ZEROCOPY, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_ZEROCOPY));
?>
--EXPECTF--
int(0)
bool(true)
int(42)
bool(true)
int(-1)
int(-1)
bool(true)
int(0)
array(9) {
  [0]=>
  string(10) "rmem_alloc"
  [1]=>
  string(6) "rcvbuf"
  [2]=>
  string(10) "wmem_alloc"
  [3]=>
  string(6) "sndbuf"
  [4]=>
  string(9) "fwd_alloc"
  [5]=>
  string(11) "wmem_queued"
  [6]=>
  string(6) "optmem"
  [7]=>
  string(7) "backlog"
  [8]=>
  string(5) "drops"
}
bool(true)
bool(true)
int(9)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
int(1)
