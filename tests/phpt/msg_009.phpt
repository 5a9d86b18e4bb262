--TEST--
socket_recvmsg(): malformed message arrays give 8.2's conversion warnings, false, and leave the array alone
--FILE--
<?php
function t($sock, $msg, $flags = 0) {
    try {
        var_dump(socket_recvmsg($sock, $msg, $flags));
        var_dump($msg);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
/* A datagram waits, so that only the conversion can fail. */
socket_sendmsg($a, ['iov' => ['waiting']]);

echo "-- arguments\n";
t($b, [], 1 << 40);
t($b, 'x');
$closed = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_close($closed);
t($closed, ['controllen' => 1]);
try {
    socket_recvmsg($b);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}

echo "-- controllen\n";
t($b, []);
t($b, ['controllen' => 0]);
t($b, ['controllen' => -1]);
t($b, ['controllen' => 4294967296]);
t($b, ['controllen' => 'x']);
t($b, ['controllen' => null]);

echo "-- buffer_size\n";
t($b, ['controllen' => 1, 'buffer_size' => -1]);
t($b, ['controllen' => 1, 'buffer_size' => 104857601]);
t($b, ['controllen' => 1, 'buffer_size' => 'a']);
t($b, ['controllen' => 1, 'buffer_size' => []]);

echo "-- name\n";
t($b, ['controllen' => 1, 'name' => 1]);
t($b, ['controllen' => 1, 'name' => ['family' => AF_INET]]);
t($b, ['controllen' => 1, 'name' => ['family' => AF_INET6]]);
t($b, ['controllen' => 1, 'name' => ['family' => 77]]);
t($b, ['controllen' => 1, 'name' => ['family' => 'unix']]);

echo "-- the order: name, then buffer_size, then controllen\n";
t($b, ['controllen' => 0, 'buffer_size' => -1, 'name' => 1]);
t($b, ['controllen' => 0, 'buffer_size' => -1]);

echo "-- the datagram is still there\n";
$m = ['controllen' => 1, 'name' => ['path' => 'ignored for receiving']];
var_dump(socket_recvmsg($b, $m), $m['iov'][0]);
?>
--EXPECTF--
-- arguments
ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
TypeError: socket_recvmsg(): Argument #2 ($message) must be of type array, string given
Error: socket_recvmsg(): Argument #1 ($socket) has already been closed
socket_recvmsg() expects at least 2 arguments, 1 given
-- controllen

Warning: socket_recvmsg(): error converting user data (path: msghdr): The key 'controllen' is required in %s on line %d
bool(false)
array(0) {
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(0)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): given PHP integer is out of bounds for an unsigned 32-bit integer in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(-1)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): given PHP integer is out of bounds for an unsigned 32-bit integer in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(4294967296)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): expected an integer, but got a non numeric string (possibly from a converted object): 'x' in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  string(1) "x"
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  NULL
}
-- buffer_size

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given -1 in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  int(-1)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given 104857601 in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  int(104857601)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): expected an integer, but got a non numeric string (possibly from a converted object): 'a' in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  string(1) "a"
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  array(0) {
  }
}
-- name

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  int(1)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): the specified family (number 2) is not supported on this socket in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  array(1) {
    ["family"]=>
    int(2)
  }
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  array(1) {
    ["family"]=>
    int(10)
  }
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  array(1) {
    ["family"]=>
    int(77)
  }
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > name > family): expected an integer, but got a non numeric string (possibly from a converted object): 'unix' in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  array(1) {
    ["family"]=>
    string(4) "unix"
  }
}
-- the order: name, then buffer_size, then controllen

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)
array(3) {
  ["controllen"]=>
  int(0)
  ["buffer_size"]=>
  int(-1)
  ["name"]=>
  int(1)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given -1 in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(0)
  ["buffer_size"]=>
  int(-1)
}
-- the datagram is still there
int(7)
string(7) "waiting"
