<?php
/*
 * UDP multicast on the loopback interface: one sender, two receivers in
 * other processes, one group address. Every receiver that joined the group
 * gets every datagram sent to it; the sender needs no list of receivers.
 *
 *   php examples/multicast.php
 *   php -n -d extension=$PWD/modules/sockets.so examples/multicast.php
 *
 * Everything stays on "lo": the receivers join the group there
 * (MCAST_JOIN_GROUP with interface "lo"), and the sender sends there
 * (IP_MULTICAST_IF) with IP_MULTICAST_LOOP on, which is what delivers a
 * host's own multicast to its own receivers. On a real network, name the
 * network interface instead of "lo" and raise IP_MULTICAST_TTL above 1 to
 * cross routers. Linux delivers multicast on lo even when `ip link` does not
 * show the MULTICAST flag on it.
 */

const GROUP = '239.255.42.99';      // administratively scoped: never routed off-site
const IFACE = 'lo';
const MESSAGES = ['first datagram', 'second datagram', 'last datagram'];

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . socket_strerror($code) . "\n");
    exit(1);
}

pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {
    fwrite(STDERR, "demo: timed out\n");
    exit(1);
});
pcntl_alarm(10);

/*
 * A receiver: a UDP socket bound to the group's address and a port, member
 * of the group on IFACE. Several sockets may share the port with
 * SO_REUSEADDR; each member gets its own copy of every datagram. Port 0 on
 * the first one picks a free port.
 */
function receiver(int $port): Socket
{
    $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP) or fail('socket_create');
    socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1) or fail('SO_REUSEADDR', $s);
    // Bound to the group address, it gets that group's datagrams only.
    socket_bind($s, GROUP, $port) or fail('socket_bind', $s);
    socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => GROUP, 'interface' => IFACE])
        or fail('MCAST_JOIN_GROUP', $s);
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
    return $s;
}

$first = receiver(0);
socket_getsockname($first, $addr, $port);
$receivers = ['receiver 1' => $first, 'receiver 2' => receiver($port)];
echo "receivers joined ", GROUP, " on ", IFACE, ", port $port\n";

// Each receiver reads in its own process, until the last message.
$children = [];
foreach ($receivers as $name => $socket) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        do {
            $n = socket_recvfrom($socket, $data, 1500, 0, $from, $fromPort);
            if ($n === false) {
                fail("$name: socket_recvfrom", $socket);
            }
            echo "$name got \"$data\" from $from\n";
        } while ($data !== MESSAGES[count(MESSAGES) - 1]);
        socket_set_option($socket, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => GROUP, 'interface' => IFACE])
            or fail('MCAST_LEAVE_GROUP', $socket);
        exit(0);
    }
    $children[] = $pid;
}
foreach ($receivers as $socket) {
    socket_close($socket);      // the parent only sends
}

$sender = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP) or fail('socket_create');
socket_set_option($sender, IPPROTO_IP, IP_MULTICAST_IF, IFACE) or fail('IP_MULTICAST_IF', $sender);
socket_set_option($sender, IPPROTO_IP, IP_MULTICAST_LOOP, 1) or fail('IP_MULTICAST_LOOP', $sender);
socket_set_option($sender, IPPROTO_IP, IP_MULTICAST_TTL, 1) or fail('IP_MULTICAST_TTL', $sender);
// Reading IP_MULTICAST_IF back gives the interface's index (lo is 1).
printf("sender: interface index %d, loop %d, ttl %d\n",
    socket_get_option($sender, IPPROTO_IP, IP_MULTICAST_IF),
    socket_get_option($sender, IPPROTO_IP, IP_MULTICAST_LOOP),
    socket_get_option($sender, IPPROTO_IP, IP_MULTICAST_TTL));
foreach (MESSAGES as $message) {
    if (socket_sendto($sender, $message, strlen($message), 0, GROUP, $port) === false) {
        fail('socket_sendto', $sender);
    }
    echo "sender: sent \"$message\"\n";
    usleep(20000);      // keeps the demo's output in order; multicast needs no pause
}
socket_close($sender);

$ok = true;
foreach ($children as $pid) {
    pcntl_waitpid($pid, $status);
    $ok = $ok && pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0;
}
echo $ok ? "both receivers got every datagram\n" : "a receiver failed\n";
exit($ok ? 0 : 1);
