--TEST--
A closed Socket can still be replaced by reference and the closed object stays inert
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_close($s);
$old = $s;
// socket_create_pair() overwrites a variable that held a closed socket
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $s));
var_dump(is_array($s), $old instanceof Socket);
try {
    socket_write($old, "x");
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_write($s[0], "fine"));
unset($old);
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
socket_write(): Argument #1 ($socket) has already been closed
int(4)
done
