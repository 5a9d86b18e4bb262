--TEST--
AF_PACKET: socket_sendto and socket_recvfrom of an Ethernet frame on lo
--SKIPIF--
<?php require __DIR__ . '/skipif_packet.inc'; ?>
--FILE--
<?php
$lo = (int)file_get_contents('/sys/class/net/lo/ifindex');
// Waits (at most 5 s, 500 frames) for a frame holding $marker; lo may carry
// other traffic meanwhile.
function wait_for($s, $marker, &$addr, &$port) {
    $deadline = microtime(true) + 5;
    for ($i = 0; $i < 500 && microtime(true) < $deadline; $i++) {
        $r = [$s];
        $n = null;
        if (socket_select($r, $n, $n, 0, 200000) !== 1) {
            continue;
        }
        $len = socket_recvfrom($s, $buf, 2048, 0, $addr, $port);
        if ($len !== false && strpos($buf, $marker) !== false) {
            return $buf;
        }
    }
    return false;
}

$rx = socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
var_dump(socket_bind($rx, 'lo'));
$tx = socket_create(AF_PACKET, SOCK_RAW, ETH_P_LOOP);
var_dump(socket_bind($tx, 'lo'));

// Broadcast destination, zero source, the local experimental ethertype,
// padded to Ethernet's 60-byte minimum.
$marker = "psock-packet-" . getmypid() . "-" . mt_rand();
$frame = pack("H12H12n", "ffffffffffff", "000000000000", 0x88b5) . str_pad($marker, 46, "\0");
var_dump(strlen($frame));
var_dump(socket_sendto($tx, $frame, strlen($frame), 0, "lo"));
$got = wait_for($rx, $marker, $addr, $port);
var_dump($got === $frame, $addr, $port === $lo);

// The interface by index: an empty name and the index as the port.
$marker2 = "psock-packet2-" . getmypid() . "-" . mt_rand();
$frame2 = substr($frame, 0, 14) . str_pad($marker2, 46, "\0");
var_dump(socket_sendto($tx, $frame2, strlen($frame2), 0, "", $lo));
$got = wait_for($rx, $marker2, $addr, $port);
var_dump($got === $frame2, $addr);
// recvfrom's port is optional for AF_PACKET.
var_dump(socket_sendto($tx, $frame, strlen($frame), 0, "lo"));
$r = [$rx];
$n = null;
var_dump(socket_select($r, $n, $n, 5));
var_dump(socket_recvfrom($rx, $buf, 2048, 0, $addr) > 0, $addr);
var_dump(socket_sendto($tx, $frame, strlen($frame), 0, "no-such-if0"));
?>
--EXPECTF--
bool(true)
bool(true)
int(60)
int(60)
bool(true)
string(2) "lo"
bool(true)
int(60)
bool(true)
string(2) "lo"
int(60)
int(1)
bool(true)
string(2) "lo"

Warning: socket_sendto(): Unable to find the interface [19]: No such device in %s on line %d
bool(false)
