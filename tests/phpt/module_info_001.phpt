--TEST--
phpinfo() (php --ri sockets) names the PHP version the module was built for and whose bundled module it replaces
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
ob_start();
(new ReflectionExtension('sockets'))->info();
$info = ob_get_clean();
preg_match('/^Built for PHP => (\S+) \(module API (\d+)\)$/m', $info, $built);
var_dump($built[1] === PHP_VERSION);
// The module API of the PHP running it: PHP loads no module built for another.
ob_start();
phpinfo(INFO_GENERAL);
preg_match('/^PHP Extension => (\d+)$/m', ob_get_clean(), $api);
var_dump($built[2] === $api[1]);
preg_match('/^Behaves as => (.*)$/m', $info, $as);
var_dump($as[1] === 'PHP ' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . "'s bundled sockets module");
// phpversion() reports PHP's version, as the bundled module does.
var_dump(phpversion('sockets') === PHP_VERSION);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
