<?php
require __DIR__ . '/../t.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$d6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
foreach ([-2, -1, 0, 1, 255, 256, 4294967295, 4294967296] as $v) {
  echo "-- $v\n";
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTOIFINDEX, $v));
  t(fn() => socket_set_option($d, IPPROTO_IP, IP_MULTICAST_TTL, $v));
  t(fn() => socket_set_option($d6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, $v));
  t(fn() => socket_set_option($d6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, $v));
  t(fn() => socket_set_option($d, IPPROTO_IP, IP_MULTICAST_LOOP, $v));
  t(fn() => socket_set_option($d6, IPPROTO_IPV6, IPV6_MULTICAST_IF, $v));
  t(fn() => socket_set_option($d, IPPROTO_IP, IP_MULTICAST_IF, $v));
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_MARK, $v));
  t(fn() => socket_set_option($s, SOL_TCP, TCP_KEEPIDLE, $v));
  t(fn() => socket_set_option($s, SOL_TCP, TCP_SYNCNT, $v));
  t(fn() => socket_set_option($s, SOL_SOCKET, SO_INCOMING_CPU, $v));
  t(fn() => socket_set_option($d6, IPPROTO_IPV6, IPV6_PKTINFO, ["addr" => "::1", "ifindex" => $v]));
  t(fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO, $v));
  t(fn() => socket_read($s, $v));
}
t(fn() => socket_get_option($s, SOL_SOCKET, SO_BINDTOIFINDEX));
t(fn() => socket_get_option($s, SOL_SOCKET, SO_INCOMING_CPU));
t(fn() => socket_get_option($s, SOL_TCP, TCP_SYNCNT));
t(fn() => socket_get_option($d6, IPPROTO_IPV6, IPV6_MULTICAST_IF));
