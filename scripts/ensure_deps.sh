# Sourced by the build and test scripts: installs what a fresh Debian 12
# machine lacks (PHP 8.2's CLI and development files, a C compiler, PEAR).
psock_need=()
command -v php >/dev/null 2>&1 || psock_need+=(php8.2-cli)
command -v phpize >/dev/null 2>&1 || psock_need+=(php8.2-dev)
command -v cc >/dev/null 2>&1 || psock_need+=(gcc libc6-dev make)
command -v pecl >/dev/null 2>&1 || psock_need+=(php-pear)	# package.xml's validation
[ -f /usr/lib/php/20220829/sockets.so ] || psock_need+=(php8.2-common)
if [ ${#psock_need[@]} -gt 0 ]; then
	echo "installing: ${psock_need[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq "${psock_need[@]}" >/dev/null || {
		echo "could not install ${psock_need[*]}" >&2; exit 1; }
fi
unset psock_need
