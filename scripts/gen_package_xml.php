<?php
/*
 * Writes package.xml, the PECL package description (package 2.0 format), from
 * the files git tracks, so that it never lists a file that is gone or misses
 * a new one. Run it after adding, removing or renaming a file, and after
 * changing PSOCK_VERSION in php_sockets.h:
 *
 *   php scripts/gen_package_xml.php           rewrites package.xml
 *   php scripts/gen_package_xml.php --check   exits 1 when package.xml is out of date
 *
 * Every tracked file goes in except the package description itself and the
 * dot files (git and CI configuration). Each gets the role the PEAR installer
 * needs: "src" for what the build reads (and the scripts beside it), "test"
 * for the test suite, "doc" for what a user reads. A file that fits none
 * stops the script, so that a new kind of file gets a deliberate role.
 *
 * The release date stays as it is while the version does not change, so
 * running this twice gives the same file.
 */

const PACKAGE_XML = 'package.xml';
/* PECL's name for this package. The extension it provides stays "sockets"
 * (<providesextension>): "sockets" as a package name is PHP's own ext/sockets,
 * which lived on PECL before it was bundled. PEAR names allow letters,
 * digits and "_" only, hence the underscore where composer.json and the
 * Debian package have "-". */
const PACKAGE_NAME = 'sockets_complete';
const SUMMARY = "PHP's Socket extension, complete: a drop-in replacement of the bundled module";
const DESCRIPTION = <<<'TXT'
A drop-in replacement for PHP 8.2's bundled sockets extension, written in C:
the same functions, classes, constants, return values, warnings, error codes
and C interface (php_sockets.h), plus the vectored I/O functions
(socket_iovec_*, socket_readv, socket_writev), the additions of PHP 8.3 to 8.5
(socket_atmark, new Linux constants and options), socket_select() over any
number of sockets, and PHP_NORMAL_READ without a recv() per byte. It installs
in place of the bundled sockets.so: keep that one first (docs/install.md).
TXT;
const LEAD = ['name' => 'Sockets maintainers', 'user' => 'sockets',
	'email' => 'maintainers@users.noreply.r-seed-5f90ab00.example'];
const LICENSE = ['name' => 'BSD-3-Clause', 'uri' => 'https://opensource.org/licenses/BSD-3-Clause', 'file' => 'LICENSE'];
const NOTES = 'See docs/compat.md for every difference from PHP 8.2 and docs/install.md for installing.';

/** The role the PEAR installer gives $path, or null when none fits. */
function role_of(string $path): ?string
{
	if (preg_match('#^(tests|fuzz)/#', $path)) {
		return 'test';
	}
	if (preg_match('#^(docs|examples|bench)/|^[^/]+\.md$|^(sockets\.ini|composer\.json|LICENSE)$#', $path)) {
		return 'doc';
	}
	if (preg_match('#^(src|scripts|packaging)/|^[^/]+\.[ch]$|^(config\.m4|sockets\.stub\.php)$#', $path)) {
		return 'src';
	}
	return null;
}

/** The tracked files that belong in the package, sorted. */
function package_files(string $root): array
{
	exec('git -C ' . escapeshellarg($root) . ' ls-files -z 2>&1', $out, $rc);
	if ($rc !== 0) {
		fwrite(STDERR, "git ls-files failed: " . implode("\n", $out) . "\n");
		exit(2);
	}
	$files = array_filter(explode("\0", implode("\n", $out)), function (string $f): bool {
		return $f !== '' && $f !== PACKAGE_XML && !preg_match('#(^|/)\.#', $f);
	});
	sort($files, SORT_STRING);
	return $files;
}

function version_of(string $root): string
{
	$header = file_get_contents("$root/php_sockets.h");
	if (!preg_match('/#define PSOCK_VERSION "([^"]+)"/', $header, $m)) {
		fwrite(STDERR, "no PSOCK_VERSION in php_sockets.h\n");
		exit(2);
	}
	return $m[1];
}

/** The release date already in package.xml for $version, else today. */
function release_date(string $root, string $version): string
{
	$old = @file_get_contents("$root/" . PACKAGE_XML);
	if ($old !== false
		&& preg_match('#<date>([0-9-]+)</date>#', $old, $d)
		&& preg_match('#<version>\s*<release>([^<]+)</release>#', $old, $v)
		&& $v[1] === $version) {
		return $d[1];
	}
	return gmdate('Y-m-d');
}

function x(string $s): string
{
	return htmlspecialchars($s, ENT_XML1 | ENT_COMPAT, 'UTF-8');
}

function package_xml(string $root): string
{
	$version = version_of($root);
	$stability = version_compare($version, '1.0.0', '>=') ? 'stable' : 'beta';
	$files = '';
	foreach (package_files($root) as $f) {
		$role = role_of($f);
		// PEAR's installer runs phpize in the first directory holding a
		// file whose name contains "config.m4", so only the top may have one.
		if (str_contains(basename($f), 'config.m4') && $f !== 'config.m4') {
			fwrite(STDERR, "$f: PEAR would build there instead of at the top; rename it\n");
			exit(2);
		}
		if ($role === null) {
			fwrite(STDERR, "$f: no role for this file; give it one in role_of() of " . __FILE__ . "\n");
			exit(2);
		}
		$files .= sprintf("      <file name=\"%s\" role=\"%s\"/>\n", x($f), $role);
	}
	$lead = LEAD;
	$license = LICENSE;
	$date = release_date($root, $version);
	$summary = x(SUMMARY);
	$description = x(DESCRIPTION);
	$notes = x(NOTES);
	$licenseName = x($license['name']);
	$licenseUri = x($license['uri']);
	$licenseFile = x($license['file']);
	$name = PACKAGE_NAME;

	return <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0"
  xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
  <!-- Generated by scripts/gen_package_xml.php from the files git tracks: do not edit. -->
  <name>$name</name>
  <channel>pecl.php.net</channel>
  <summary>$summary</summary>
  <description>$description</description>
  <lead>
    <name>{$lead['name']}</name>
    <user>{$lead['user']}</user>
    <email>{$lead['email']}</email>
    <active>yes</active>
  </lead>
  <date>$date</date>
  <version>
    <release>$version</release>
    <api>$version</api>
  </version>
  <stability>
    <release>$stability</release>
    <api>$stability</api>
  </stability>
  <license uri="$licenseUri" filesource="$licenseFile">$licenseName</license>
  <notes>$notes</notes>
  <contents>
    <dir name="/">
$files    </dir>
  </contents>
  <dependencies>
    <required>
      <php>
        <min>8.2.0</min>
        <max>8.2.99</max>
      </php>
      <pearinstaller>
        <min>1.10.0</min>
      </pearinstaller>
      <os>
        <name>linux</name>
      </os>
    </required>
  </dependencies>
  <providesextension>sockets</providesextension>
  <extsrcrelease>
    <configureoption name="enable-sockets-sanitize" default="no" prompt="Build with AddressSanitizer and UndefinedBehaviorSanitizer, for the test suite only (yes/no)"/>
  </extsrcrelease>
</package>

XML;
}

$root = dirname(__DIR__);
$xml = package_xml($root);
$path = "$root/" . PACKAGE_XML;
if (in_array('--check', $argv, true)) {
	if (@file_get_contents($path) !== $xml) {
		fwrite(STDERR, PACKAGE_XML . " is out of date: run php scripts/gen_package_xml.php\n");
		exit(1);
	}
	exit(0);
}
file_put_contents($path, $xml);
echo "wrote ", PACKAGE_XML, " (", substr_count($xml, '<file '), " files, version ", version_of($root), ")\n";
