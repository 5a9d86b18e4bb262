#!/bin/bash
# Prints the files of the source tree, one a line, relative to its top: what
# git tracks plus new files not ignored yet (a developer's work in progress),
# or, in a copy made without git (a chroot's, see scripts/chroot.sh), the
# list that copy carries in .psock-files. The scripts that build or test in
# a fresh copy of the tree copy these.
cd "$(dirname "$0")/.."
if git rev-parse --show-toplevel > /dev/null 2>&1; then
	git ls-files --cached --others --exclude-standard | while IFS= read -r f; do
		[ -e "$f" ] && printf '%s\n' "$f"	# not a file deleted but not yet committed
	done
elif [ -f .psock-files ]; then
	cat .psock-files
else
	echo "tree_files.sh: neither a git checkout nor a copy with .psock-files" >&2
	exit 1
fi
