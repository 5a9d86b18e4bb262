--TEST--
The PHP manual's "Simple TCP/IP server" ends when its client leaves without "quit": PHP_NORMAL_READ at end of stream is false (a guard fails the test if the loop spins)
--FILE--
<?php
// The loop of the manual's example (sockets examples page), unchanged but
// for the address, the client driven from this script, and a guard.
error_reporting(E_ALL);
set_time_limit(0);

$address = '127.0.0.1';
$port = 0;

if (($sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP)) === false) {
    echo "socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
}
if (socket_bind($sock, $address, $port) === false) {
    echo "socket_bind() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
}
if (socket_listen($sock, 5) === false) {
    echo "socket_listen() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
}

// The client, as a telnet user who types one line and closes the window.
socket_getsockname($sock, $address, $port);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($client, $address, $port);
$guard = 0;

do {
    if (($msgsock = socket_accept($sock)) === false) {
        echo "socket_accept() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
        break;
    }
    /* Send instructions. */
    $msg = "\nWelcome to the PHP Test Server. \n" .
        "To quit, type 'quit'. To shut down the server type 'shutdown'.\n";
    socket_write($msgsock, $msg, strlen($msg));

    if ($client !== null) {
        var_dump(socket_recv($client, $welcome, strlen($msg), MSG_WAITALL) === strlen($msg));
        socket_write($client, "\r\nhello\n");
        socket_close($client);
        $client = null;
    }

    do {
        if (++$guard > 1000) {
            echo "GUARD HIT: the loop does not end\n";
            break 2;
        }
        if (false === ($buf = socket_read($msgsock, 2048, PHP_NORMAL_READ))) {
            echo "socket_read() failed: reason: " . socket_strerror(socket_last_error($msgsock)) . "\n";
            break 2;
        }
        if (!$buf = trim($buf)) {
            continue;
        }
        if ($buf == 'quit') {
            break;
        }
        if ($buf == 'shutdown') {
            socket_close($msgsock);
            break 2;
        }
        $talkback = "PHP: You said '$buf'.\n";
        socket_write($msgsock, $talkback, strlen($talkback));
        echo "$buf\n";
    } while (true);
    socket_close($msgsock);
} while (true);

socket_close($sock);
var_dump($guard < 20);

// The reproducer of the same end on a unix socket pair.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "hello\n");
socket_close($p[0]);
var_dump(socket_read($p[1], 2048, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 2048, PHP_NORMAL_READ));
var_dump(socket_last_error($p[1]), socket_last_error());
?>
--EXPECTF--
bool(true)
hello

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
socket_read() failed: reason: Connection reset by peer
bool(true)
string(6) "hello
"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
int(104)
