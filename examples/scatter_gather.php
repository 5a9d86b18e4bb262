<?php
/*
 * Scatter/gather I/O with socket_writev() and socket_readv().
 *
 * The sender keeps a fixed-size header and the body in separate buffers and
 * sends both with ONE socket_writev() call: no string concatenation and one
 * system call. The receiver reads with ONE socket_readv() call into a
 * header buffer and a body buffer, so the header lands in its own buffer
 * and the body in another, without splitting a string afterwards.
 *
 * Run it (it exits by itself):
 *   php -n -d extension=$PWD/modules/sockets.so examples/scatter_gather.php
 */

const HEADER_SIZE = 8;      // "MSG1" + a 4-byte big-endian body length
const MAX_BODY = 4096;

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . socket_strerror($code) . "\n");
    exit(1);
}

if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
    fail("socket_create_pair");
}
[$sender, $receiver] = $pair;

// --- Sender: one buffer for the header, one for the body.
$body = "Hello from the body. It travels in its own buffer, right behind the header.";
$out = socket_iovec_alloc(2, HEADER_SIZE, strlen($body));
socket_iovec_set($out, 0, "MSG1" . pack('N', strlen($body)));
socket_iovec_set($out, 1, $body);

$sent = socket_writev($sender, $out);
if ($sent === false) {
    fail("socket_writev", $sender);
}
printf("sent %d bytes with one socket_writev() (%d header + %d body)\n", $sent, HEADER_SIZE, strlen($body));
socket_iovec_free($out);

// --- Receiver: a header buffer and a body buffer big enough for any body.
$in = socket_iovec_alloc(2, HEADER_SIZE, MAX_BODY);

// Wait at most two seconds for the data (it is already there on a socketpair).
socket_set_nonblock($receiver);
$got = false;
for ($try = 0; $try < 200 && $got === false; $try++) {
    $got = socket_readv($receiver, $in);
    if ($got === false && socket_last_error($receiver) !== SOCKET_EAGAIN) {
        fail("socket_readv", $receiver);
    }
    if ($got === false) {
        usleep(10000);
    }
}
if ($got === false || $got < HEADER_SIZE) {
    fwrite(STDERR, "no complete header arrived\n");
    exit(1);
}

$header = socket_iovec_fetch($in, 0);
['magic' => $magic, 'length' => $length] = unpack('a4magic/Nlength', $header);
// The body buffer is MAX_BODY long; only the first $length bytes came in.
$received_body = substr(socket_iovec_fetch($in, 1), 0, $length);

printf("received %d bytes with one socket_readv()\n", $got);
printf("header buffer: magic=%s length=%d\n", $magic, $length);
printf("body buffer:   \"%s\"\n", $received_body);
if ($received_body !== $body) {
    fwrite(STDERR, "body differs!\n");
    exit(1);
}
echo "body intact\n";

socket_close($sender);
socket_close($receiver);
