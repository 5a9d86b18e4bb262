--TEST--
AF_PACKET: sockets of ETH_P_IP and ETH_P_IPV6 see loopback UDP datagrams (the protocol goes to the kernel in network order)
--SKIPIF--
<?php require __DIR__ . '/skipif_packet.inc'; ?>
--FILE--
<?php
function wait_for($s, $marker) {
    $deadline = microtime(true) + 5;
    for ($i = 0; $i < 500 && microtime(true) < $deadline; $i++) {
        $r = [$s];
        $n = null;
        if (socket_select($r, $n, $n, 0, 200000) !== 1) {
            continue;
        }
        if (socket_recvfrom($s, $buf, 2048, 0, $addr, $port) !== false && strpos($buf, $marker) !== false) {
            return [$buf, $addr];
        }
    }
    return [false, null];
}

foreach ([[AF_INET, ETH_P_IP, '127.0.0.1'], [AF_INET6, ETH_P_IPV6, '::1']] as [$family, $proto, $host]) {
    $rx = socket_create(AF_PACKET, SOCK_RAW, $proto);
    socket_bind($rx, 'lo');
    $udp = socket_create($family, SOCK_DGRAM, SOL_UDP);
    $marker = "psock-ip-" . getmypid() . "-" . mt_rand();
    // Port 9 (discard): nobody listens, the datagram is still on the wire.
    var_dump(socket_sendto($udp, $marker, strlen($marker), 0, $host, 9) === strlen($marker));
    [$buf, $addr] = wait_for($rx, $marker);
    // lo's Ethernet header: zero addresses, then the ethertype.
    var_dump($buf !== false, $addr, bin2hex(substr($buf, 12, 2)));
    var_dump(unpack('n', substr($buf, 12, 2))[1] === $proto);
}
?>
--EXPECT--
bool(true)
bool(true)
string(2) "lo"
string(4) "0800"
bool(true)
bool(true)
bool(true)
string(2) "lo"
string(4) "86dd"
bool(true)
