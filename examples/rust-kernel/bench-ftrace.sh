#!/usr/bin/env bash
# bench-ftrace.sh - `make bench-rust-kernel': rust_helper_* calls per I/O on
# rnull, plain vs xinline, counted by the function profiler in a booted
# kernel (bench/README.md, "Rust in the kernel").
#
#   bench-ftrace.sh [SRCDIR [BUILDDIR [OUTDIR]]]
#
# Reuses `make check-rust-kernel's OUT (default BUILDDIR/check-rust-kernel):
# its unpacked source and its xinline config, plus CONFIG_FUNCTION_TRACER
# and CONFIG_FUNCTION_PROFILER, built with kbuild/rust-kernel.sh
# XINLINE_RUST=y in OUT/ftrace.  rnull (drivers/block/rnull.rs, copied) is
# built twice as an M= module of that kernel, without and with
# XINLINE_RUST=y; bench-init.c loads each in turn, profiles the rust_helper_*
# functions during 1000 O_DIRECT reads of 4 KiB and unloads it.  The kernel
# crate is the same (xinline) for both: the difference is rnull's own code.
# Environment: JOBS (2), RK_TIMEOUT (300 s).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../kernel-helpers/kcheck-lib.sh"
. "$here/rk-lib.sh"
kcheck_args "$here/../.." check-rust-kernel "$@"
JOBS=${JOBS:-2}
KSRC=$OUT/src
[ -f "$OUT/xi/.config" ] && [ -f "$KSRC/Makefile" ] || die "run make check-rust-kernel first (no $OUT/xi/.config)"
F=$OUT/ftrace
mkdir -p "$F"
{ cat "$OUT/xi/.config"; printf 'CONFIG_%s=y\n' FTRACE FUNCTION_TRACER DYNAMIC_FTRACE FUNCTION_PROFILER; } >"$F/.config.new"
cmp -s "$F/.config.new" "$F/.config.base" || { cp "$F/.config.new" "$F/.config"; cp "$F/.config.new" "$F/.config.base"; }
kmake O="$F" olddefconfig >"$OUT/bench-config.log" 2>&1 || die "config (log: $OUT/bench-config.log)"
grep -qx CONFIG_FUNCTION_PROFILER=y "$F/.config" || die "no CONFIG_FUNCTION_PROFILER in $F/.config"
kmake O="$F" XINLINE_RUST=y XINLINE_BUILD="$BLD" vmlinux modules bzImage >"$OUT/bench-build.log" 2>&1 ||
	die "traced kernel build failed (log: $OUT/bench-build.log)"
pass "traced kernel (xinline, function profiler) in $F"
for v in plain xi; do
	d=$OUT/bench-rnull-$v
	rm -rf "$d"
	mkdir -p "$d"
	cp "$KSRC/drivers/block/rnull.rs" "$d/"
	printf 'obj-m := rnull_mod.o\nrnull_mod-y := rnull.o\n' >"$d/Kbuild"
	sw=()
	[ $v = xi ] && sw=(XINLINE_RUST=y)
	kmake O="$F" M="$d" "${sw[@]}" modules >"$OUT/bench-rnull-$v.log" 2>&1 ||
		die "rnull ($v) build failed (log: $OUT/bench-rnull-$v.log)"
done
pass "rnull as an M= module, plain and xinline"
d=$OUT/bench-initramfs
rm -rf "$d"
mkdir -p "$d/plain" "$d/xi"
gcc -static -O2 -o "$d/init" "$here/bench-init.c" || die "gcc -static bench-init.c"
cp "$OUT/bench-rnull-plain/rnull_mod.ko" "$d/plain/"
cp "$OUT/bench-rnull-xi/rnull_mod.ko" "$d/xi/"
printf 'plain /plain/rnull_mod.ko\nxinline /xi/rnull_mod.ko\n' >"$d/bench.txt"
(cd "$d" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$OUT/bench-initramfs.cpio"
qemu_boot "$F/arch/x86/boot/bzImage" "$OUT/bench-initramfs.cpio" "$OUT/bench-boot.log"
grep -q '^bench: done' "$OUT/bench-boot.log" || die "the bench guest did not finish (log: $OUT/bench-boot.log)"
grep -qE 'Oops|WARNING:|BUG:|Kernel panic' "$OUT/bench-boot.log" && fail "oops, WARN or BUG in $OUT/bench-boot.log"
echo "rust_helper_* calls counted by the function profiler during 1000 O_DIRECT 4 KiB reads of /dev/rnullb0:"
grep '^bench: ' "$OUT/bench-boot.log" | grep -v 'bench: done' | sed 's/^bench: /  /'
for v in plain xinline; do
	t=$(sed -n "s/^bench: $v total \([0-9]*\) .*/\1/p" "$OUT/bench-boot.log")
	[ -n "$t" ] && pass "$v: $t helper calls, $(awk -v t="$t" 'BEGIN { printf "%.2f", t / 1000 }') per I/O" ||
		fail "$v: no count"
done
finish
