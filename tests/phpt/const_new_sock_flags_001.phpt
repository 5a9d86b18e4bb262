--TEST--
SOCK_NONBLOCK and SOCK_CLOEXEC (PHP 8.3 to 8.5) OR-ed into socket_create()'s and socket_create_pair()'s type
--SKIPIF--
<?php
$php_below = 80400; include __DIR__ . '/skipif_version.inc';
require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// The sockets this process has open, by inode: descriptor numbers are
// reused (scandir() itself opens one), inodes are not.
function fds() {
    $socks = [];
    foreach (scandir('/proc/self/fd') as $fd) {
        $target = @readlink("/proc/self/fd/$fd");
        if ($target !== false && str_starts_with($target, 'socket:')) {
            $socks[$target] = (int)$fd;
        }
    }
    return $socks;
}
// The flags of the sockets opened since $before, from /proc.
function new_fd_flags(array $before) {
    $flags = [];
    foreach (array_diff_key(fds(), $before) as $fd) {
        preg_match('/^flags:\s+([0-7]+)/m', file_get_contents("/proc/self/fdinfo/$fd"), $m);
        $flags[] = octdec($m[1]);
    }
    return $flags;
}
$before = fds();
$s = socket_create(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, SOL_UDP);
$flags = new_fd_flags($before);
var_dump(count($flags), ($flags[0] & 02000000) !== 0, ($flags[0] & 04000) !== 0);
// The type reads back without the flags.
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === SOCK_DGRAM);
// Non-blocking from the start: a read with nothing to read is EAGAIN at once.
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_recv($s, $buf, 10, 0), socket_last_error($s) === SOCKET_EAGAIN);

$before = fds();
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$flags = new_fd_flags($before);
var_dump(($flags[0] & 02000000) !== 0, ($flags[0] & 04000) !== 0);

$before = fds();
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, $pair));
$flags = new_fd_flags($before);
var_dump(count($flags));
foreach ($flags as $f) {
    var_dump(($f & 02000000) !== 0 && ($f & 04000) !== 0);
}
var_dump(socket_read($pair[0], 10), socket_last_error($pair[0]) === SOCKET_EAGAIN);
var_dump(socket_write($pair[1], "x"), socket_read($pair[0], 10));
$before = fds();
var_dump(socket_create_pair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, $pair2));
foreach (new_fd_flags($before) as $f) {
    var_dump(($f & 02000000) !== 0, ($f & 04000) !== 0);
}
// Other high bits are still not a type.
try {
    socket_create(AF_INET, SOCK_STREAM | 0x10000, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(1)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
int(2)
bool(true)
bool(true)
bool(false)
bool(true)
int(1)
string(1) "x"
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
