<?php
/*
 * Runs every example of the reference documentation and compares its output with
 * the output the page shows, so that the pages cannot drift from the module.
 *
 *   php -n tests/docs_examples.php [--ext=modules/sockets.so] [--php=php] [-v] [docs/x.md ...]
 *
 * An example is a ```php block whose first line is "<?php"; the next fenced block
 * on the page must be a ```text block, which holds the expected output. Where a
 * later PHP prints something else, more blocks follow it, each marked with the
 * first version it holds for (```text-php84 for PHP 8.4 and later): the run
 * compares with the one of the highest version not above the PHP it runs. Blocks that
 * do not start with "<?php" (one-line fragments in docs/compat.md, say) are not
 * examples and are not run. The conventions are described at the top of
 * docs/index.md:
 *   %s  one or more characters other than a line end (an address, a path, a port)
 *   %d  one or more decimal digits
 *   %i  an integer, optionally signed
 *   %a  one or more characters of any kind, line ends included
 *   %%  a literal "%"
 * Trailing blanks of each line and blank lines at the start and end are ignored.
 *
 * Each example runs in a fresh process, `php -n -d extension=<module>`, with
 * display_errors on (warnings appear in the output as PHP prints them), in an empty
 * temporary directory, under `timeout` so that a hanging example fails instead of
 * stopping the run.
 *
 * Besides the examples, the pages are checked against the module: every function
 * the module declares has a page whose signature is the one of sockets.stub.php,
 * with a description and at least one example,
 * docs/index.md links every page, and docs/constants.md lists every constant the
 * module defines with its value, and every relative link of docs/ leads to a file
 * (and, for a "#section" link to a page, to a heading of it). Each check counts as
 * one test.
 *
 * The last line is "N passed, N failed"; the exit code is 1 when anything failed.
 */

const TIMEOUT_SECONDS = 20;

$root = dirname(__DIR__);
$ext = $root . '/modules/sockets.so';
$php = PHP_BINARY;
$verbose = false;
$files = [];
foreach (array_slice($argv, 1) as $arg) {
    if (str_starts_with($arg, '--ext=')) {
        $ext = substr($arg, 6);
    } elseif (str_starts_with($arg, '--php=')) {
        $php = substr($arg, 6);
    } elseif ($arg === '-v') {
        $verbose = true;
    } else {
        $files[] = $arg;
    }
}
// The version of the PHP the examples run under, which picks the expected block.
$phpVersionId = (int)shell_exec(escapeshellarg($php) . ' -n -r "echo PHP_VERSION_ID;"');
$checkStructure = $files === [];
if ($files === []) {
    $files = markdown_files($root . '/docs');
}

$passed = 0;
$failed = 0;
$report = function (bool $ok, string $what, string $detail = '') use (&$passed, &$failed, $verbose) {
    if ($ok) {
        $passed++;
        if ($verbose) {
            echo "PASS $what\n";
        }
        return;
    }
    $failed++;
    echo "FAIL $what\n";
    if ($detail !== '') {
        echo preg_replace('/^/m', '    ', rtrim($detail)), "\n";
    }
};

foreach ($files as $file) {
    $name = relative_path($root, $file);
    $examples = extract_examples(file_get_contents($file), $phpVersionId);
    foreach ($examples as $i => $example) {
        $what = sprintf('%s example #%d (line %d)', $name, $i + 1, $example['line']);
        if ($example['expected'] === null) {
            $report(false, $what, 'no ```text block with the expected output follows the example');
            continue;
        }
        [$output, $status] = run_example($php, $ext, $example['code']);
        if ($status === 124) {
            $report(false, $what, 'timed out after ' . TIMEOUT_SECONDS . " seconds; output so far:\n" . $output);
            continue;
        }
        $ok = output_matches($example['expected'], $output);
        $report($ok, $what, $ok ? '' : diff_text($example['expected'], $output));
    }
}

if ($checkStructure) {
    check_structure($root, $php, $ext, $report);
    check_links($root, markdown_files($root . '/docs'), $report);
}

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);

/** Every .md file under $dir, sorted so that the report reads the same every run. */
function markdown_files(string $dir): array
{
    $found = [];
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if ($f->isFile() && str_ends_with($f->getFilename(), '.md')) {
            $found[] = $f->getPathname();
        }
    }
    sort($found);
    return $found;
}

function relative_path(string $root, string $path): string
{
    $real = realpath($path) ?: $path;
    return str_starts_with($real, $root . '/') ? substr($real, strlen($root) + 1) : $path;
}

/**
 * Splits a page into its fenced blocks and pairs each example with the block
 * after it. Returns a list of ['line' => int, 'code' => string, 'expected' => ?string].
 */
function extract_examples(string $markdown, int $versionId = PHP_VERSION_ID): array
{
    $lines = explode("\n", $markdown);
    $blocks = [];
    $open = null;
    foreach ($lines as $n => $line) {
        if ($open === null) {
            if (preg_match('/^```\s*(\S*)\s*$/', $line, $m)) {
                $open = ['lang' => $m[1], 'line' => $n + 1, 'body' => []];
            }
        } elseif (rtrim($line) === '```') {
            $open['body'] = implode("\n", $open['body']);
            $blocks[] = $open;
            $open = null;
        } else {
            $open['body'][] = $line;
        }
    }
    $examples = [];
    foreach ($blocks as $i => $block) {
        if ($block['lang'] !== 'php' || !str_starts_with(ltrim($block['body']), '<?php')) {
            continue;
        }
        $next = $blocks[$i + 1] ?? null;
        $expected = ($next !== null && $next['lang'] === 'text') ? $next['body'] : null;
        // Later versions' blocks: text-php84 holds from PHP 8.4 on.
        for ($j = $i + 2; $expected !== null && isset($blocks[$j])
                && preg_match('/^text-php(\d)(\d)$/', $blocks[$j]['lang'], $v); $j++) {
            if ($versionId >= (int)$v[1] * 10000 + (int)$v[2] * 100) {
                $expected = $blocks[$j]['body'];
            }
        }
        $examples[] = [
            'line' => $block['line'],
            'code' => $block['body'] . "\n",
            'expected' => $expected,
        ];
    }
    return $examples;
}

/** Runs one example in its own process and directory; returns [output, exit status]. */
function run_example(string $php, string $ext, string $code): array
{
    $dir = sys_get_temp_dir() . '/psock-doc-' . getmypid() . '-' . bin2hex(random_bytes(4));
    mkdir($dir, 0700);
    file_put_contents("$dir/example.php", $code);
    $cmd = ['timeout', '-k', '5', (string)TIMEOUT_SECONDS, $php, '-n', '-d', "extension=$ext",
        '-d', 'display_errors=1', '-d', 'log_errors=0', '-d', 'html_errors=0',
        '-d', 'error_reporting=-1', 'example.php'];
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $dir);
    $output = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_close($proc);
    remove_tree($dir);
    return [$output, $status];
}

function remove_tree(string $dir): void
{
    foreach (scandir($dir) as $f) {
        if ($f === '.' || $f === '..') {
            continue;
        }
        $p = "$dir/$f";
        (is_dir($p) && !is_link($p)) ? remove_tree($p) : unlink($p);
    }
    rmdir($dir);
}

function normalise(string $text): string
{
    $text = preg_replace('/[ \t]+$/m', '', str_replace("\r\n", "\n", $text));
    return trim($text, "\n");
}

/** Compares the output with the expected text, reading the %-placeholders. */
function output_matches(string $expected, string $output): bool
{
    $expected = normalise($expected);
    $output = normalise($output);
    if (!str_contains($expected, '%')) {
        return $expected === $output;
    }
    $regex = '';
    foreach (preg_split('/(%[sdia%])/', $expected, -1, PREG_SPLIT_DELIM_CAPTURE) as $part) {
        $regex .= match ($part) {
            '%s' => '[^\n]+',
            '%d' => '\d+',
            '%i' => '[+-]?\d+',
            '%a' => '.+',
            '%%' => '%',
            default => preg_quote($part, '/'),
        };
    }
    return preg_match('/\A' . $regex . '\z/s', $output) === 1;
}

/** A line diff good enough to see what changed: expected lines with -, output with +. */
function diff_text(string $expected, string $output): string
{
    $e = explode("\n", normalise($expected));
    $o = explode("\n", normalise($output));
    $out = [];
    $n = max(count($e), count($o));
    for ($i = 0; $i < $n; $i++) {
        $a = $e[$i] ?? null;
        $b = $o[$i] ?? null;
        if ($a !== null && $b !== null && output_matches($a, $b)) {
            $out[] = "  $b";
            continue;
        }
        if ($a !== null) {
            $out[] = "- $a";
        }
        if ($b !== null) {
            $out[] = "+ $b";
        }
    }
    return implode("\n", $out);
}

/**
 * The pages against the module: a page for each function with the stub's
 * signature, each linked from the index, every constant in docs/constants.md.
 */
function check_structure(string $root, string $php, string $ext, callable $report): void
{
    $stub = file_get_contents("$root/sockets.stub.php");
    preg_match_all('/^function (\w+)\((.*)\)(?::\s*(\S+))?\s*\{\}/m', $stub, $m, PREG_SET_ORDER);
    $index = @file_get_contents("$root/docs/index.md") ?: '';
    $unlinked = [];
    foreach ($m as $match) {
        [, $fn, $params] = $match;
        $ret = $match[3] ?? '';
        $signature = "$fn($params)" . ($ret !== '' ? ": $ret" : '');
        if (!str_contains($index, "(functions/$fn.md)")) {
            $unlinked[] = "functions/$fn.md";
        }
        $page = "$root/docs/functions/$fn.md";
        if (!is_file($page)) {
            $report(false, "docs/functions/$fn.md exists", "the module declares $fn() but it has no page");
            continue;
        }
        $text = file_get_contents($page);
        $report(str_contains($text, "\n## Description\n") && str_contains($text, "\n## Examples\n")
            && extract_examples($text) !== [], "docs/functions/$fn.md has a description and an example",
            'the page lacks a "## Description" or "## Examples" section, or an example that runs');
        $report(str_contains($text, "```php\n$signature\n```"), "docs/functions/$fn.md signature",
            "the page does not show the stub's signature in a ```php block:\n$signature");
    }
    $report($unlinked === [], 'docs/index.md links every function page',
        "docs/index.md has no link to:\n" . implode("\n", $unlinked));

    // The constants come from the module itself, so a constant added to the stub
    // without a line in docs/constants.md, or a wrong value there, fails here.
    $constants = @file_get_contents("$root/docs/constants.md") ?: '';
    $list = shell_exec(escapeshellarg($php) . ' -n -d extension=' . escapeshellarg($ext)
        . ' -r ' . escapeshellarg('foreach (get_extension_funcs("sockets") ? (get_defined_constants(true)["sockets"] ?? []) : [] as $k => $v) echo "$k=$v\n";'));
    $missing = [];
    $count = 0;
    foreach (explode("\n", trim((string)$list)) as $line) {
        if ($line === '') {
            continue;
        }
        [$name, $value] = explode('=', $line, 2);
        $count++;
        if (!preg_match('/^\| `' . preg_quote($name, '/') . '` \| ' . preg_quote($value, '/') . ' \|/m', $constants)) {
            $missing[] = "$name = $value";
        }
    }
    $report($count > 0 && $missing === [], "docs/constants.md lists all $count constants with their values",
        $count === 0 ? 'the module defined no constants (not loaded?)'
            : "missing or with another value:\n" . implode("\n", $missing));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as "-". */
function heading_anchor(string $heading): string
{
    $a = strtolower(trim($heading));
    $a = preg_replace('/[^a-z0-9 _-]/', '', $a);
    return str_replace(' ', '-', $a);
}

/** Every relative link of the pages must lead somewhere: a file, and a heading for "#x". */
function check_links(string $root, array $files, callable $report): void
{
    $broken = [];
    foreach ($files as $file) {
        $text = preg_replace('/^```.*?^```/ms', '', file_get_contents($file));
        preg_match_all('/\]\(([^)\s]+)\)/', $text, $m);
        foreach ($m[1] as $link) {
            if (preg_match('/^[a-z]+:/', $link)) {
                continue;                       // http:, https:, mailto:
            }
            [$path, $anchor] = array_pad(explode('#', $link, 2), 2, null);
            $target = $path === '' ? $file : dirname($file) . '/' . $path;
            if (!file_exists($target)) {
                $broken[] = relative_path($root, $file) . ": $link (no such file)";
                continue;
            }
            if ($anchor !== null && str_ends_with($target, '.md')) {
                preg_match_all('/^#+\s+(.*)$/m', file_get_contents($target), $h);
                if (!in_array($anchor, array_map('heading_anchor', $h[1]), true)) {
                    $broken[] = relative_path($root, $file) . ": $link (no such heading)";
                }
            }
        }
    }
    $report($broken === [], 'relative links of docs/ lead to files and headings', implode("\n", $broken));
}
