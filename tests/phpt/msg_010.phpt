--TEST--
socket_cmsg_space(): sizes of the supported control messages, and its errors
--FILE--
<?php
function t(...$args) {
    try {
        var_dump(socket_cmsg_space(...$args));
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
t(SOL_SOCKET, SCM_RIGHTS);
t(SOL_SOCKET, SCM_RIGHTS, 0);
t(SOL_SOCKET, SCM_RIGHTS, 1);
t(SOL_SOCKET, SCM_RIGHTS, 3);
t(SOL_SOCKET, SCM_RIGHTS, 253);
t(SOL_SOCKET, SCM_CREDENTIALS);
t(SOL_SOCKET, SCM_CREDENTIALS, 5);
t(IPPROTO_IPV6, IPV6_PKTINFO);
t(IPPROTO_IPV6, IPV6_HOPLIMIT);
t(IPPROTO_IPV6, IPV6_TCLASS, 9);
echo "-- the largest count is computed without overflow\n";
t(SOL_SOCKET, SCM_RIGHTS, 2147483647);
echo "-- errors\n";
t(SOL_SOCKET, SCM_RIGHTS, -1);
t(SOL_SOCKET, SCM_RIGHTS, 2147483648);
t(SOL_SOCKET, SCM_RIGHTS, PHP_INT_MAX);
t(SOL_SOCKET, SCM_RIGHTS, PHP_INT_MIN);
t(PHP_INT_MAX, 1);
t(1, PHP_INT_MIN);
t(0, 0);
t(-1, 1);
t(IPPROTO_IPV6, IPV6_RECVPKTINFO);
t(SOL_SOCKET, SO_PASSCRED);
t(99, 1, -5);
t('a', 1);
t(1);
?>
--EXPECT--
int(16)
int(16)
int(24)
int(32)
int(1032)
int(32)
int(32)
int(40)
int(24)
int(24)
-- the largest count is computed without overflow
int(8589934608)
-- errors
ValueError: socket_cmsg_space(): Argument #3 ($num) must be greater than or equal to 0
ValueError: socket_cmsg_space(): Argument #3 ($num) must be between -2147483648 and 2147483647
ValueError: socket_cmsg_space(): Argument #3 ($num) must be between -2147483648 and 2147483647
ValueError: socket_cmsg_space(): Argument #3 ($num) must be between -2147483648 and 2147483647
ValueError: socket_cmsg_space(): Argument #1 ($level) must be between -2147483648 and 2147483647
ValueError: socket_cmsg_space(): Argument #2 ($type) must be between -2147483648 and 2147483647
ValueError: Pair level 0 and/or type 0 is not supported
ValueError: Pair level -1 and/or type 1 is not supported
ValueError: Pair level 41 and/or type 49 is not supported
ValueError: Pair level 1 and/or type 16 is not supported
ValueError: socket_cmsg_space(): Argument #3 ($num) must be greater than or equal to 0
TypeError: socket_cmsg_space(): Argument #1 ($level) must be of type int, string given
ArgumentCountError: socket_cmsg_space() expects at least 2 arguments, 1 given
