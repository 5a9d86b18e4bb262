--TEST--
The socket option constants of PHP 8.2 match this system's headers
--FILE--
<?php
// Linux values, read from the headers in /usr/include (x86_64). They are
// kernel ABI and do not change between kernel versions.
$expected = [
    'SOL_SOCKET'               => 1, // asm-generic/socket.h
    'SO_DEBUG'                 => 1, // asm-generic/socket.h
    'SO_REUSEADDR'             => 2, // asm-generic/socket.h
    'SO_TYPE'                  => 3, // asm-generic/socket.h
    'SO_ERROR'                 => 4, // asm-generic/socket.h
    'SO_DONTROUTE'             => 5, // asm-generic/socket.h
    'SO_BROADCAST'             => 6, // asm-generic/socket.h
    'SO_SNDBUF'                => 7, // asm-generic/socket.h
    'SO_RCVBUF'                => 8, // asm-generic/socket.h
    'SO_KEEPALIVE'             => 9, // asm-generic/socket.h
    'SO_OOBINLINE'             => 10, // asm-generic/socket.h
    'SO_LINGER'                => 13, // asm-generic/socket.h
    'SO_REUSEPORT'             => 15, // asm-generic/socket.h
    'SO_PASSCRED'              => 16, // asm-generic/socket.h
    'SO_RCVLOWAT'              => 18, // asm-generic/socket.h
    'SO_SNDLOWAT'              => 19, // asm-generic/socket.h
    'SO_RCVTIMEO'              => 20, // asm-generic/socket.h
    'SO_SNDTIMEO'              => 21, // asm-generic/socket.h
    'SO_BINDTODEVICE'          => 25, // asm-generic/socket.h
    'SO_MARK'                  => 36, // asm-generic/socket.h
    'SO_BPF_EXTENSIONS'        => 48, // asm-generic/socket.h
    'SO_INCOMING_CPU'          => 49, // asm-generic/socket.h
    'SO_MEMINFO'               => 55, // asm-generic/socket.h
    'SO_ZEROCOPY'              => 60, // asm-generic/socket.h
    'IPPROTO_IP'               => 0, // linux/in.h
    'IPPROTO_IPV6'             => 41, // linux/in.h
    'SOL_TCP'                  => 6, // netinet/tcp.h
    'SOL_UDP'                  => 17, // netinet/udp.h
    'TCP_NODELAY'              => 1, // linux/tcp.h
    'TCP_KEEPIDLE'             => 4, // linux/tcp.h
    'TCP_KEEPINTVL'            => 5, // linux/tcp.h
    'TCP_KEEPCNT'              => 6, // linux/tcp.h
    'TCP_DEFER_ACCEPT'         => 9, // linux/tcp.h
    'TCP_CONGESTION'           => 13, // linux/tcp.h
    'TCP_NOTSENT_LOWAT'        => 25, // linux/tcp.h
    'MCAST_JOIN_GROUP'         => 42, // linux/in.h
    'MCAST_BLOCK_SOURCE'       => 43, // linux/in.h
    'MCAST_UNBLOCK_SOURCE'     => 44, // linux/in.h
    'MCAST_LEAVE_GROUP'        => 45, // linux/in.h
    'MCAST_JOIN_SOURCE_GROUP'  => 46, // linux/in.h
    'MCAST_LEAVE_SOURCE_GROUP' => 47, // linux/in.h
    'IP_MULTICAST_IF'          => 32, // linux/in.h
    'IP_MULTICAST_TTL'         => 33, // linux/in.h
    'IP_MULTICAST_LOOP'        => 34, // linux/in.h
    'IPV6_MULTICAST_IF'        => 17, // linux/in6.h
    'IPV6_MULTICAST_HOPS'      => 18, // linux/in6.h
    'IPV6_MULTICAST_LOOP'      => 19, // linux/in6.h
    'IPV6_V6ONLY'              => 26, // linux/in6.h
    'IPV6_UNICAST_HOPS'        => 16, // linux/in6.h
    'IPV6_RECVPKTINFO'         => 49, // linux/in6.h
    'IPV6_PKTINFO'             => 50, // linux/in6.h
    'IPV6_RECVHOPLIMIT'        => 51, // linux/in6.h
    'IPV6_HOPLIMIT'            => 52, // linux/in6.h
    'IPV6_RECVTCLASS'          => 66, // linux/in6.h
    'IPV6_TCLASS'              => 67, // linux/in6.h
    'SKF_AD_CPU'               => 36, // linux/filter.h
    'SKF_AD_QUEUE'             => 24, // linux/filter.h
];
$bad = 0;
foreach ($expected as $name => $value) {
    if (!defined($name)) {
        echo "$name: not defined\n";
        $bad++;
    } elseif (constant($name) !== $value) {
        echo "$name: ", var_export(constant($name), true), ", headers say $value\n";
        $bad++;
    }
}
echo count($expected), " constants, $bad wrong\n";
?>
--EXPECT--
57 constants, 0 wrong
