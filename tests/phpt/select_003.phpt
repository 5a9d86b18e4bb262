--TEST--
socket_select(): an element that is not a Socket is a TypeError naming its argument
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$n = null;
foreach ([1, "x", null, 1.5, [], new stdClass, fopen('php://memory', 'r')] as $bad) {
    foreach ([0, 1, 2] as $pos) {
        $arrays = [null, null, null];
        $arrays[$pos] = [$p[0], 'k' => $bad];
        try {
            socket_select($arrays[0], $arrays[1], $arrays[2], 0);
            echo "no exception\n";
        } catch (TypeError $e) {
            echo $e->getMessage(), "\n";
        }
        // Nothing was changed.
        var_dump(count($arrays[$pos]));
    }
}
// The read array is checked before the write array.
$r = [$p[0], 2];
$w = [$p[0], "two"];
try {
    socket_select($r, $w, $n, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
socket_select(): Argument #1 ($read) must only have elements of type Socket, int given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, int given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, int given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, string given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, string given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, string given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, null given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, null given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, null given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, float given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, float given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, float given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, array given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, array given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, array given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, stdClass given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, stdClass given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, stdClass given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, resource given
int(2)
socket_select(): Argument #2 ($write) must only have elements of type Socket, resource given
int(2)
socket_select(): Argument #3 ($except) must only have elements of type Socket, resource given
int(2)
socket_select(): Argument #1 ($read) must only have elements of type Socket, int given
