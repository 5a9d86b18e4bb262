--TEST--
socket_sendmsg(): an iov array changed by an element's __toString() (through a reference) is walked safely
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// __toString() appends to the array being walked: the array grows (and
// moves) while socket_sendmsg() walks it. The walk sees the array as it was.
class Grower {
    public $list;
    function __toString(): string {
        for ($i = 0; $i < 100; $i++) {
            $this->list[] = str_repeat("x", 10);
        }
        return "hi";
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$arr = [];
$g = new Grower;
$g->list = &$arr;
$arr[] = $g;
$arr[] = "b";
$m = ['iov' => &$arr];
var_dump(socket_sendmsg($p[0], $m, 0));
var_dump(socket_recv($p[1], $buf, 100, 0), $buf, count($arr));
// $g and $arr hold each other: break the cycle so that nothing waits for the
// cycle collector at exit.
$arr = null;
?>
--EXPECT--
int(3)
int(3)
string(3) "hib"
int(102)
