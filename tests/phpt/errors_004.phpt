--TEST--
socket_strerror(): resolver codes below -10000 and the int range check
--FILE--
<?php
foreach ([-10001, -10002, -10003, -10004, -10005, -20000, -2147483648] as $c) {
    echo $c, ": ", socket_strerror($c), "\n";
}
foreach ([2147483648, -2147483649, PHP_INT_MAX, PHP_INT_MIN] as $c) {
    try {
        var_dump(socket_strerror($c));
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
?>
--EXPECT--
-10001: Unknown host
-10002: Host name lookup failure
-10003: Unknown server error
-10004: No address associated with name
-10005: Unknown resolver error
-20000: Unknown resolver error
-2147483648: Unknown resolver error
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
int(0)
