--TEST--
socket_sendmsg(): malformed message arrays give 8.2's conversion warnings and false (PHP 8.4 and later)
--SKIPIF--
<?php
$php_from = 80400; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function t($sock, $msg, $flags = 0) {
    try {
        var_dump(socket_sendmsg($sock, $msg, $flags));
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
$rights = fn($data) => ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data]]];
$cred = fn($data) => ['control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $data]]];
$pkt = fn($data) => ['control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => $data]]];

echo "-- arguments\n";
t($a, [], 1 << 40);
t($a, 'x');
$closed = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_close($closed);
t($closed, []);

echo "-- iov\n";
t($a, ['iov' => 'x']);
t($a, ['iov' => ['a' => 'x', 'b' => [1]]]);
t($a, ['iov' => [new stdClass]]);
var_dump(socket_read($b, 100));

echo "-- name on a unix socket\n";
t($a, ['name' => ['path' => '']]);
t($a, ['name' => ['path' => str_repeat('a', 108)]]);
t($a, ['name' => ['family' => AF_INET]]);
t($a, ['name' => ['family' => AF_INET6]]);
t($a, ['name' => ['family' => new stdClass]]);

echo "-- control\n";
t($a, ['control' => 1]);
t($a, ['control' => [1]]);
t($a, ['control' => ['a' => ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN]], 'b' => 5]]);
t($a, ['control' => [['level' => 'abc', 'type' => SCM_RIGHTS]]]);
t($a, ['control' => [['level' => SOL_SOCKET, 'type' => null]]]);
t($a, ['control' => [['level' => SOL_SOCKET, 'type' => 1 << 40]]]);
t($a, ['control' => [['level' => 999, 'type' => 5, 'data' => 1]]]);
t($a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN]], ['level' => SOL_SOCKET, 'type' => 5]]]);

echo "-- SCM_RIGHTS\n";
t($a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS]]]);
t($a, $rights([]));
t($a, $rights(1));
t($a, $rights([1]));
t($a, $rights([STDIN, 7]));
t($a, $rights([STDIN, new stdClass]));
$mem = fopen('php://memory', 'r');
t($a, $rights([$mem]));
fclose($mem);
t($a, $rights([$mem]));
t($a, $rights([stream_context_create()]));
t($a, $rights([$closed]));

echo "-- SCM_CREDENTIALS\n";
t($a, $cred('x'));
t($a, $cred(['uid' => 0, 'gid' => 0]));
t($a, $cred(['pid' => 1, 'gid' => 0]));
t($a, $cred(['pid' => 1, 'uid' => 0]));
t($a, $cred(['pid' => -1, 'uid' => 0, 'gid' => 0]));
t($a, $cred(['pid' => 1 << 33, 'uid' => 0, 'gid' => 0]));
t($a, $cred(['pid' => 1, 'uid' => -1, 'gid' => 0]));
t($a, $cred(['pid' => 1, 'uid' => 0, 'gid' => 1 << 32]));
t($a, $cred(['pid' => 'me', 'uid' => 0, 'gid' => 0]));

echo "-- IPV6_PKTINFO\n";
t($a, $pkt('x'));
t($a, $pkt([]));
t($a, $pkt(['ifindex' => 0]));
t($a, $pkt(['addr' => '::1']));
t($a, $pkt(['addr' => '::1', 'ifindex' => -1]));
t($a, $pkt(['addr' => '::1', 'ifindex' => 'nosuchif0']));
t($a, $pkt(['addr' => '::1', 'ifindex' => 1.0]));
t($a, $pkt(['addr' => '::1', 'ifindex' => []]));

echo "-- IPV6_HOPLIMIT, IPV6_TCLASS\n";
t($a, ['control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 'x']]]);
t($a, ['control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => 1 << 33]]]);
t($a, ['control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => [5]]]]);
?>
--EXPECTF--
-- arguments
ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
TypeError: socket_sendmsg(): Argument #2 ($message) must be of type array, string given
Error: socket_sendmsg(): Argument #1 ($socket) has already been closed
-- iov

Warning: socket_sendmsg(): error converting user data (path: msghdr > iov): expected an array here in %s on line %d
bool(false)

Warning: Array to string conversion in %s on line %d
int(6)
Error: Object of class stdClass could not be converted to string
string(6) "xArray"
-- name on a unix socket

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > path): the path is must not be empty in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > path): the path is too long, the maximum permitted length is 107 in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (number 2) is not supported on this socket in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket in %s on line %d
bool(false)
Error: Object of class stdClass could not be converted to string
-- control

Warning: socket_sendmsg(): error converting user data (path: msghdr > control): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #1): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > level): expected an integer, but got a non numeric string (possibly from a converted object): 'abc' in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > type): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > type): given PHP integer is out of bounds for a native int in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr with level 999 and type 5 not supported in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #1): cmsghdr with level 1 and type 5 not supported in %s on line %d
bool(false)
-- SCM_RIGHTS

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr should have a 'data' element here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected at least one element in this array in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): expected a Socket object or a stream resource in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #2): expected a Socket object or a stream resource in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #2): expected a Socket object or a stream resource in %s on line %d
bool(false)

Warning: socket_sendmsg(): Cannot represent a stream of type MEMORY as a File Descriptor in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): cast stream to file descriptor failed in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): resource is not a stream in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): resource is not a stream in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): socket is already closed in %s on line %d
bool(false)
-- SCM_CREDENTIALS

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'pid' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'uid' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'gid' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > pid): given PHP integer is out of bounds for a pid_t value in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > pid): given PHP integer is out of bounds for a pid_t value in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > uid): given PHP integer is out of bounds for a uid_t value in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > gid): given PHP integer is out of bounds for a uid_t value in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > pid): expected an integer, but got a non numeric string (possibly from a converted object): 'me' in %s on line %d
bool(false)
-- IPV6_PKTINFO

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'addr' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'addr' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'ifindex' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > ifindex): the interface index cannot be negative or larger than 4294967295; given -1 in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > ifindex): no interface with name "nosuchif0" could be found in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > ifindex): no interface with name "1" could be found in %s on line %d
bool(false)

Warning: Array to string conversion in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > ifindex): no interface with name "Array" could be found in %s on line %d
bool(false)
-- IPV6_HOPLIMIT, IPV6_TCLASS

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an integer, but got a non numeric string (possibly from a converted object): 'x' in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): given PHP integer is out of bounds for a native int in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)
