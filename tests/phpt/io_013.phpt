--TEST--
socket_sendto()/socket_recvfrom() over AF_UNIX datagram paths; $port is left alone
--FILE--
<?php
$dir = sys_get_temp_dir();
$rpath = "$dir/io_013_r_" . getmypid() . ".sock";
$spath = "$dir/io_013_s_" . getmypid() . ".sock";
@unlink($rpath); @unlink($spath);
$r = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($r, $rpath));
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$anon = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($anon, "from anon", 9, 0, $rpath));
var_dump(socket_sendto($anon, "port ignored", 12, 0, $rpath, 1234));
$named = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($named, $spath);
var_dump(socket_sendto($named, "from named", 10, 0, $rpath));
$port = "untouched";
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf, $from, $port);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from), $buf, $from);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from), $buf, $from === $spath);
// reply to the named sender
socket_set_option($named, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_sendto($r, "reply", 5, 0, $from));
var_dump(socket_recvfrom($named, $buf, 100, 0, $from2), $buf, $from2 === $rpath);
unlink($rpath); unlink($spath);
?>
--EXPECT--
bool(true)
int(9)
int(12)
int(10)
int(9)
string(9) "from anon"
string(0) ""
string(9) "untouched"
int(12)
string(12) "port ignored"
string(0) ""
int(10)
string(10) "from named"
bool(true)
int(5)
int(5)
string(5) "reply"
bool(true)
