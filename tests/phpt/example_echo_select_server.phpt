--TEST--
examples/echo_select_server.php: one process echoes three interleaved clients over socket_select() and stops at its deadline
--FILE--
<?php
require __DIR__ . '/example.inc';
$command = ['timeout', '20', PHP_BINARY, '-n', '-d', 'extension=' . example_module(),
    dirname(__DIR__, 2) . '/examples/echo_select_server.php', '127.0.0.1:0', '2'];
$proc = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
$line = fgets($pipes[1]);
echo preg_replace('/:\d+$/', ':PORT', trim($line)), "\n";
$port = (int)substr(strrchr(trim($line), ':'), 1);
echo str_replace(" $port", ' PORT', fgets($pipes[1]));

$clients = [];
for ($i = 0; $i < 3; $i++) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 5, "usec" => 0]);
    var_dump(socket_connect($c, '127.0.0.1', $port));
    $clients[] = $c;
}
// Interleaved: every client sends before any reads its echo.
for ($round = 0; $round < 2; $round++) {
    foreach ($clients as $i => $c) {
        socket_write($c, "client $i round $round\n");
    }
    foreach ($clients as $i => $c) {
        $want = "client $i round $round\n";
        for ($got = ''; strlen($got) < strlen($want); $got .= $part) {
            if (($part = socket_read($c, 100)) === false || $part === '') {
                break;
            }
        }
        echo json_encode($got), $got === $want ? " ok" : " WRONG", "\n";
    }
}
foreach ($clients as $c) {
    socket_close($c);
}
$rest = stream_get_contents($pipes[1]);
fclose($pipes[1]);
echo "exit status: ", proc_close($proc), ", more output: ", json_encode($rest), "\n";
?>
--EXPECT--
listening on 127.0.0.1:PORT
serving for 2 s, then stopping by itself; try: nc 127.0.0.1 PORT
bool(true)
bool(true)
bool(true)
"client 0 round 0\n" ok
"client 1 round 0\n" ok
"client 2 round 0\n" ok
"client 0 round 1\n" ok
"client 1 round 1\n" ok
"client 2 round 1\n" ok
exit status: 0, more output: "stopped after 2 s: 3 connections, 102 bytes echoed\n"
