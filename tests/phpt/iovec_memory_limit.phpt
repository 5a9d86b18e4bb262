--TEST--
SocketIovec buffers count against memory_limit like any PHP string
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc';
/* Without Zend's allocator there is no memory_limit to test (php-src's own
 * memory_limit tests skip the same way). */
if (getenv('USE_ZEND_ALLOC') === '0') die('skip Zend MM disabled');
?>
--INI--
memory_limit=32M
--FILE--
<?php
$before = memory_get_usage();
$iov = socket_iovec_alloc(2, 4 << 20, 4 << 20);
var_dump(memory_get_usage() - $before >= 8 << 20);
socket_iovec_free($iov);
var_dump(memory_get_usage() - $before < 1 << 20);
echo "a buffer beyond the limit is PHP's usual fatal error\n";
socket_iovec_alloc(1, 40 << 20);
echo "not reached\n";
?>
--EXPECTF--
bool(true)
bool(true)
a buffer beyond the limit is PHP's usual fatal error

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate %d bytes) in %s on line %d
