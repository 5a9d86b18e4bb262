--TEST--
IPPROTO_ICMP and IPPROTO_ICMPV6: an echo request to 127.0.0.1 and ::1 over raw sockets gets its reply
--SKIPIF--
<?php require __DIR__ . '/skipif_packet.inc'; ?>
--FILE--
<?php
function checksum($data) {
    if (strlen($data) % 2) {
        $data .= "\0";
    }
    $sum = array_sum(unpack('n*', $data));
    while ($sum >> 16) {
        $sum = ($sum & 0xffff) + ($sum >> 16);
    }
    return ~$sum & 0xffff;
}

// Reads ICMP messages (at most 100, 5 s) until one of $type with our id.
function wait_reply($s, $type, $id, $ip_header) {
    $deadline = microtime(true) + 5;
    for ($i = 0; $i < 100 && microtime(true) < $deadline; $i++) {
        $r = [$s];
        $n = null;
        if (socket_select($r, $n, $n, 0, 200000) !== 1) {
            continue;
        }
        if (socket_recvfrom($s, $buf, 2048, 0, $addr, $port) === false) {
            continue;
        }
        // A raw IPv4 socket returns the IP header; IPv6 does not.
        $icmp = $ip_header ? substr($buf, (ord($buf[0]) & 15) * 4) : $buf;
        $h = unpack('Ctype/Ccode/nsum/nid/nseq', $icmp);
        if ($h['type'] === $type && $h['id'] === $id) {
            return [$addr, $h['seq'], substr($icmp, 8)];
        }
    }
    return null;
}

$id = getmypid() & 0xffff;
$payload = "psock-echo-" . mt_rand();

$s = socket_create(AF_INET, SOCK_RAW, IPPROTO_ICMP);
$msg = pack('CCnnn', 8, 0, 0, $id, 7) . $payload;
$msg = pack('CCnnn', 8, 0, checksum($msg), $id, 7) . $payload;
var_dump(socket_sendto($s, $msg, strlen($msg), 0, '127.0.0.1', 0) === strlen($msg));
[$addr, $seq, $data] = wait_reply($s, 0, $id, true);
var_dump($addr, $seq, $data === $payload);

// The kernel fills in the ICMPv6 checksum.
$s6 = socket_create(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
$msg = pack('CCnnn', 128, 0, 0, $id, 8) . $payload;
var_dump(socket_sendto($s6, $msg, strlen($msg), 0, '::1', 0) === strlen($msg));
[$addr, $seq, $data] = wait_reply($s6, 129, $id, false);
var_dump($addr, $seq, $data === $payload);
?>
--EXPECT--
bool(true)
string(9) "127.0.0.1"
int(7)
bool(true)
bool(true)
string(3) "::1"
int(8)
bool(true)
