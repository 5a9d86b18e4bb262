# Sourced by scripts/build.sh, tests/lib.sh and tests/abi/run.sh: the phpize
# that goes with php-config $1 (phpize8.4 for php-config8.4,
# /opt/x/bin/phpize for /opt/x/bin/php-config).
psock_phpize() {
	local pc dir base
	pc=$(command -v "$1") || pc=$1
	dir=$(dirname "$pc"); base=$(basename "$pc")
	echo "$dir/${base/php-config/phpize}"
}
