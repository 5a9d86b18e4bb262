--TEST--
The constants PHP 8.3 to 8.5 added and those only this module has match this system's headers
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// Linux values, read from the headers in /usr/include (x86_64). They are
// kernel ABI and do not change between kernel versions.
$expected = [
    'SO_ATTACH_REUSEPORT_CBPF' => 51, // asm-generic/socket.h
    'SO_DETACH_BPF'            => 27, // asm-generic/socket.h
    'SO_DETACH_FILTER'         => 27, // asm-generic/socket.h
    'TCP_QUICKACK'             => 12, // linux/tcp.h
    'TCP_REPAIR'               => 19, // linux/tcp.h
    'TCP_SYNCNT'               => 7, // linux/tcp.h
    'TCP_USER_TIMEOUT'         => 18, // linux/tcp.h
    'IP_MTU_DISCOVER'          => 10, // linux/in.h
    'IP_PMTUDISC_DO'           => 2, // linux/in.h
    'IP_PMTUDISC_DONT'         => 0, // linux/in.h
    'IP_PMTUDISC_WANT'         => 1, // linux/in.h
    'IP_PMTUDISC_PROBE'        => 3, // linux/in.h
    'IP_PMTUDISC_INTERFACE'    => 4, // linux/in.h
    'IP_PMTUDISC_OMIT'         => 5, // linux/in.h
    'IP_BIND_ADDRESS_NO_PORT'  => 24, // linux/in.h
    'SOL_UDPLITE'              => 136, // linux/in.h (IPPROTO_UDPLITE; the level is the protocol number)
    'SO_INCOMING_NAPI_ID'      => 56, // asm-generic/socket.h
    'SO_BINDTOIFINDEX'         => 62, // asm-generic/socket.h
    'SOCK_NONBLOCK'            => 2048, // bits/socket_type.h
    'SOCK_CLOEXEC'             => 524288, // bits/socket_type.h
    'SO_PEERCRED'              => 17, // asm-generic/socket.h
    'AF_PACKET'                => 17, // bits/socket.h
    'ETH_P_IP'                 => 2048, // linux/if_ether.h
    'ETH_P_IPV6'               => 34525, // linux/if_ether.h
    'ETH_P_LOOP'               => 96, // linux/if_ether.h
    'ETH_P_ALL'                => 3, // linux/if_ether.h
    'IPPROTO_ICMP'             => 1, // linux/in.h
    'IPPROTO_ICMPV6'           => 58, // linux/in6.h
    'IP_TTL'                   => 2, // linux/in.h
    'IP_TOS'                   => 1, // linux/in.h
    'IP_PKTINFO'               => 8, // linux/in.h
    'IP_RECVERR'               => 11, // linux/in.h
    'IP_FREEBIND'              => 15, // linux/in.h
    'IP_TRANSPARENT'           => 19, // linux/in.h
    'IPV6_RECVERR'             => 25, // linux/in6.h
    'TCP_MAXSEG'               => 2, // linux/tcp.h
    'TCP_CORK'                 => 3, // linux/tcp.h
    'TCP_FASTOPEN'             => 23, // linux/tcp.h
    'TCP_LINGER2'              => 8, // linux/tcp.h
    'TCP_WINDOW_CLAMP'         => 10, // linux/tcp.h
    'TCP_INFO'                 => 11, // linux/tcp.h
    'SO_PRIORITY'              => 12, // asm-generic/socket.h
    'SO_PROTOCOL'              => 38, // asm-generic/socket.h
    'SO_DOMAIN'                => 39, // asm-generic/socket.h
    'SO_BUSY_POLL'             => 46, // asm-generic/socket.h
    'SO_RCVBUFFORCE'           => 33, // asm-generic/socket.h
    'SO_SNDBUFFORCE'           => 32, // asm-generic/socket.h
    'SO_PEEK_OFF'              => 42, // asm-generic/socket.h
    'SO_TIMESTAMP'             => 29, // asm-generic/socket.h
    'UDPLITE_SEND_CSCOV'       => 10, // the kernel's include/net/udplite.h (not in the uapi headers)
    'UDPLITE_RECV_CSCOV'       => 11, // the kernel's include/net/udplite.h (not in the uapi headers)
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
51 constants, 0 wrong
