--TEST--
PHP_NORMAL_READ ends each line at the line end the kernel holds, when something else reads the descriptor between two line reads (a php://fd stream in this process, a forked child)
--FILE--
<?php
// The open sockets, descriptor => "socket:[inode]".
function sockets(): array {
    $found = [];
    foreach (scandir('/proc/self/fd') as $n) {
        $target = @readlink("/proc/self/fd/$n");
        if (is_string($target) && str_starts_with($target, 'socket:')) {
            $found[(int)$n] = $target;
        }
    }
    return $found;
}

// The descriptors socket_create_pair() opened: the two new sockets.
$before = sockets();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$new = array_keys(array_diff(sockets(), $before));
var_dump(count($new));

// Which of them is $p[0]: read a marker through each, unbuffered.
socket_write($p[1], "?");
$fd0 = null;
foreach ($new as $n) {
    $f = fopen("php://fd/$n", 'r');
    stream_set_read_buffer($f, 0);
    stream_set_blocking($f, false);
    if (fread($f, 1) === "?") {
        $fd0 = $n;
    }
    fclose($f);
}
var_dump($fd0 !== null);

// Another reader in this process, as an extension reading the fd would be.
socket_write($p[1], "L1\nAAAAAAAA\nL3\nXY\n");
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
$side = fopen("php://fd/$fd0", 'r');
stream_set_read_buffer($side, 0);
var_dump(fread($side, 9));
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
var_dump(fread($side, 1));
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
fclose($side);

// Another process: a child reads between the parent's two line reads.
socket_write($p[1], "one\ntwo\nthree\nfour\n");
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
$pid = pcntl_fork();
if ($pid === 0) {
    socket_recv($p[0], $buf, 4, MSG_WAITALL);
    exit($buf === "two\n" ? 0 : 1);
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
?>
--EXPECT--
int(2)
bool(true)
string(3) "L1
"
string(9) "AAAAAAAA
"
string(3) "L3
"
string(1) "X"
string(2) "Y
"
string(4) "one
"
int(0)
string(6) "three
"
string(5) "four
"
