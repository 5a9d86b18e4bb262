# Sourced by the build and test scripts: installs what a fresh Debian machine
# lacks to build and test for its PHP (PSOCK_PHP_VERSION, say 8.4, when set;
# else PHP 8.2, Debian 12's): that PHP's CLI and development files, a C
# compiler, PEAR (package.xml's validation).
psock_v=${PSOCK_PHP_VERSION:-}
psock_need=()
if [ -n "$psock_v" ]; then
	command -v "php$psock_v" > /dev/null 2>&1 || psock_need+=("php$psock_v-cli")
	command -v "phpize$psock_v" > /dev/null 2>&1 || psock_need+=("php$psock_v-dev")
else
	command -v php > /dev/null 2>&1 || psock_need+=(php8.2-cli)
	command -v phpize > /dev/null 2>&1 || psock_need+=(php8.2-dev)
	psock_v=8.2
fi
command -v cc > /dev/null 2>&1 || psock_need+=(gcc libc6-dev make)
command -v pecl > /dev/null 2>&1 || psock_need+=(php-pear "php$psock_v-xml")
# The bundled module, the oracle, is in phpX.Y-common.
if command -v "php-config$psock_v" > /dev/null 2>&1; then
	[ -f "$("php-config$psock_v" --extension-dir)/sockets.so" ] || [ -f "$("php-config$psock_v" --extension-dir)/sockets.so.bundled" ] ||
		psock_need+=("php$psock_v-common")
fi
if [ ${#psock_need[@]} -gt 0 ]; then
	echo "installing: ${psock_need[*]}"
	if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${psock_need[@]}" > /dev/null; }; then
		echo "could not install ${psock_need[*]}" >&2
		echo "0 passed, 1 failed"
		exit 1
	fi
fi
unset psock_need psock_v
