<?php
require __DIR__ . '/../t.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = $w = $e = null;
t(function() { $r = $w = $e = null; return socket_select($r, $w, $e, 0); });
t(function() { $r = []; $w = $e = null; return socket_select($r, $w, $e, 0); });
t(function() use ($p) { $r = [$p[0]]; $w = [$p[1]]; $e = null; $n = socket_select($r, $w, $e, 0); return [$n, count($r), count($w)]; });
t(function() use ($p) { $r = [$p[0], 'x' => $p[1]]; $w = $e = null; socket_write($p[1], "a"); $n = socket_select($r, $w, $e, 0, 100); return [$n, array_keys($r)]; });
t(function() use ($p) { $r = [$p[0]]; $w = $e = null; return socket_select($r, $w, $e, -1); });
t(function() use ($p) { $r = [$p[0]]; $w = $e = null; return socket_select($r, $w, $e, 0, -1); });
t(function() use ($p) { $r = [$p[0]]; $w = $e = null; return socket_select($r, $w, $e, 0, 1000000); });
t(function() use ($p) { $r = [$p[0]]; $w = $e = null; return socket_select($r, $w, $e, PHP_INT_MAX, 0) >= 0; });
t(function() { $r = [STDIN]; $w = $e = null; return socket_select($r, $w, $e, 0); });
t(function() { $r = [1]; $w = $e = null; return socket_select($r, $w, $e, 0); });
t(function() use ($p) { $c = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($c); $r = [$c]; $w = $e = null; return socket_select($r, $w, $e, 0); });
t(function() use ($p) { $r = [$p[0]]; $w = $e = null; return socket_select($r, $w, $e, null, 0) ; });
