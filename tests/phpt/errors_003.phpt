--TEST--
socket_strerror(): errno codes
--FILE--
<?php
foreach (["SOCKET_EPERM", "SOCKET_ENOENT", "SOCKET_EINTR", "SOCKET_EAGAIN", "SOCKET_EINVAL", "SOCKET_EPIPE",
          "SOCKET_EADDRINUSE", "SOCKET_EADDRNOTAVAIL", "SOCKET_ECONNRESET", "SOCKET_ENOTCONN",
          "SOCKET_ETIMEDOUT", "SOCKET_ECONNREFUSED", "SOCKET_EINPROGRESS", "SOCKET_EWOULDBLOCK"] as $c) {
    echo $c, ": ", socket_strerror(constant($c)), "\n";
}
var_dump(socket_strerror(0));
var_dump(socket_strerror(9999));
var_dump(socket_strerror(-1));
var_dump(socket_strerror(-10000));
var_dump(socket_strerror(2147483647));
?>
--EXPECT--
SOCKET_EPERM: Operation not permitted
SOCKET_ENOENT: No such file or directory
SOCKET_EINTR: Interrupted system call
SOCKET_EAGAIN: Resource temporarily unavailable
SOCKET_EINVAL: Invalid argument
SOCKET_EPIPE: Broken pipe
SOCKET_EADDRINUSE: Address already in use
SOCKET_EADDRNOTAVAIL: Cannot assign requested address
SOCKET_ECONNRESET: Connection reset by peer
SOCKET_ENOTCONN: Transport endpoint is not connected
SOCKET_ETIMEDOUT: Connection timed out
SOCKET_ECONNREFUSED: Connection refused
SOCKET_EINPROGRESS: Operation now in progress
SOCKET_EWOULDBLOCK: Resource temporarily unavailable
string(7) "Success"
string(18) "Unknown error 9999"
string(16) "Unknown error -1"
string(20) "Unknown error -10000"
string(24) "Unknown error 2147483647"
