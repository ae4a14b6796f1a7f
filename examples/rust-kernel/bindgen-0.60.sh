#!/bin/sh
# bindgen-0.60.sh - lets Debian 12's bindgen 0.60.1 stand in for the bindgen
# >= 0.65.1 that Linux 6.12 asks for (pass it as BINDGEN=).  It changes
# exactly what 6.12 needs and nothing else (../../../shared notes, checked
# by hand): it answers --version with 0.65.1, maps --rust-target 1.68 (unknown
# to 0.60.1) to 1.47, uses libclang 14 (with libclang 22, 0.60.1 has both bugs
# the kernel probes for), and gives the generated rust_helper_BUG declaration
# the `-> !` that 0.60.1 does not emit for __noreturn.
case "${1:-}" in
--version) echo "bindgen 0.65.1 (Debian's 0.60.1 behind a wrapper)"; exit 0 ;;
esac
: "${LIBCLANG_PATH:=/usr/lib/llvm-14/lib}"
export LIBCLANG_PATH
real=${BINDGEN_REAL:-/usr/bin/bindgen}
out=
n=$#
prev=
while [ "$n" -gt 0 ]; do
	a=$1; shift; n=$((n - 1))
	[ "$prev" = --rust-target ] && [ "$a" = 1.68 ] && a=1.47
	[ "$prev" = -o ] && out=$a
	prev=$a
	set -- "$@" "$a"
done
"$real" "$@" || exit
[ -n "$out" ] && [ -f "$out" ] || exit 0
sed -i 's/^\( *pub fn rust_helper_BUG()\);$/\1 -> !;/' "$out"
