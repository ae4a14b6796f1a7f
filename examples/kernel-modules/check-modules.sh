#!/usr/bin/env bash
# check-modules.sh - `make check-modules' for one installed kernel: the
# kernel's own drivers/block/brd.c and loop.c, taken from its Debian source
# package (/usr/src/linux-source-SERIES.tar.xz), built as external modules
# against its installed headers, plain and importing the vmlinux DB that
# kbuild/kernel-db.sh makes for that kernel (restricted to what the two
# drivers call) and installs next to Module.symvers of a copy of the build
# directory, where kbuild/xinline.mk finds it by itself.  Then: call sites
# counted per driver (the JSON report; call relocations to DB functions,
# plain and xinline), the counts against expected.txt, modpost and objtool
# clean, both builds loaded in that Debian kernel under QEMU with data
# written and verified through /dev/ram0 and /dev/loop0, no oops/WARN/BUG.
# examples/kernel-helpers/each-kernel.sh runs it once per kernel series.
#
# Usage: check-modules.sh [SRCDIR [BUILDDIR [OUTDIR]]]   (as check-kernel.sh)
# Environment: KVER (the kernel version), GCC_VERSION (the plugin's GCC),
#   XI_BOOT=0 (no QEMU), XI_TIMEOUT (seconds for the boot, default 420),
#   XI_CACHE (kept between runs: unpacked source, prepared O= tree,
#   compiled objects; default BUILDDIR/check-modules-cache).
# Prints PASS:/FAIL: lines and ends with "N passed, N failed".
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../kernel-helpers/kcheck-lib.sh"
. "$here/modules-lib.sh"
kcheck_args "$here/../.." check-modules "$@"
XI_BOOT=${XI_BOOT:-1}
XI_TIMEOUT=${XI_TIMEOUT:-420}
JOBS=${JOBS:-2}
DRIVERS="brd loop"

modules_kernel check-modules
VMLINUZ=/boot/vmlinuz-$KVER
for c in qemu-system-x86_64 cpio objdump; do
	command -v $c >/dev/null || die "$c is not installed (apt-get install qemu-system-x86 cpio binutils)"
done
[ -x /bin/busybox ] || die "no /bin/busybox (apt-get install busybox-static)"
rm -rf "$OUT"
mkdir -p "$OUT" "$CACHE"
gccv=()
[ -n "${GCC_VERSION:-}" ] && gccv=(GCC_VERSION="$GCC_VERSION")
KDB=(bash "$SRC/kbuild/kernel-db.sh" --source "$TARBALL" -x "$BLD" -w "$CACHE/kdb" -j "$JOBS")
echo "check-modules: kernel $KVER ($(kconfig_cc "$KDIR")), source $TARBALL, plugin $PLUGIN"
t0=$(date +%s)
secs() { echo "$(($(date +%s) - t0)) s"; }

# ---- 1. the drivers from the kernel's source; the plain build --------------
"${KDB[@]}" --build "$KDIR" --unpack >"$OUT/unpack.log" 2>&1 ||
	die "kernel-db.sh --unpack: $(tail -n 1 "$OUT/unpack.log")"
KSRC=$CACHE/kdb/src
# A copy of the build directory (links to the installed one's entries): the
# DB is installed into it, not into /lib/modules.
K=$OUT/kdir
mkdir -p "$K"
for f in "$KDIR"/* "$KDIR"/.config "$KDIR"/.kernelvariables; do
	[ -e "$f" ] && ln -s "$(realpath -s "$f")" "$K/"
done
# kbuild FLAVOUR: both drivers in $OUT/FLAVOUR, log build-FLAVOUR.log.
kbuild() {
	local d=$OUT/$1 drv
	mkdir -p "$d"
	ln -sf "$here/Kbuild" "$d/Kbuild"
	for drv in $DRIVERS; do cp "$KSRC/drivers/block/$drv.c" "$d/"; done
	if make -C "$K" M="$d" -j"$JOBS" XINLINE_BUILD="$BLD" XINLINE_SRC="$SRC" \
		XINLINE=$([ "$1" = xinline ] && echo y || echo n) \
		XINLINE_REPORT="$d/report.json" "${gccv[@]}" >"$OUT/build-$1.log" 2>&1 &&
		[ -f "$d/brd.ko" ] && [ -f "$d/loop.ko" ]; then
		pass "$1 build of brd.ko and loop.ko from $(basename "$TARBALL") ($(secs))"
	else
		fail "$1 build of brd.ko and loop.ko (see $OUT/build-$1.log)"
		tail -n 30 "$OUT/build-$1.log"
		finish
	fi
}
kbuild plain

# ---- 2. the vmlinux DB of the installed kernel -------------------------------
if "${KDB[@]}" --build "$K" --install --for "$OUT/plain/brd.ko" "$OUT/plain/loop.ko" \
	>"$OUT/kernel-db.log" 2>&1 && [ -f "$K/xinline-vmlinux.xdb" ]; then
	pass "kernel-db.sh: the vmlinux DB of $KVER for brd and loop, installed next to Module.symvers ($(secs))"
	sed 's/^/  /' "$CACHE/kdb/kernel-db.txt"
else
	fail "kernel-db.sh: the vmlinux DB of $KVER (see $OUT/kernel-db.log)"
	tail -n 20 "$OUT/kernel-db.log"
	finish
fi
if grep -q '^CONFIG_MODVERSIONS=y' "$KDIR/.config"; then
	if grep -q 'compared with Module.symvers; 0 objects dropped' "$CACHE/kdb/kernel-db.txt"; then
		pass "kernel-db.sh: every recompiled export has the installed CRC"
	else
		fail "kernel-db.sh: recompiled exports with another CRC than the installed Module.symvers"
	fi
fi

# ---- 3. the xinline build: the DB found by itself -----------------------------
kbuild xinline
X=$OUT/xinline
if grep -q -- "-fplugin-arg-xinline-db=$K/xinline-vmlinux.xdb" "$X/.brd.o.cmd" "$X/.loop.o.cmd" 2>/dev/null &&
	[ "$(grep -l -- "-fplugin-arg-xinline-db=$K/xinline-vmlinux.xdb" "$X/.brd.o.cmd" "$X/.loop.o.cmd" | wc -l)" = 2 ]; then
	pass "kbuild: xinline.mk imports $K/xinline-vmlinux.xdb without XINLINE_DB"
else
	fail "kbuild: xinline.mk imports $K/xinline-vmlinux.xdb without XINLINE_DB"
fi
# XINLINE_DB=none: no vmlinux DB (brd.o rebuilt in a copy).
n=$OUT/nodb
mkdir -p "$n" && cp "$X/brd.c" "$n/" && printf 'obj-m := brd.o\ninclude $(XINLINE_SRC)/kbuild/xinline.mk\n' >"$n/Kbuild"
if make -C "$K" M="$n" -j"$JOBS" XINLINE_BUILD="$BLD" XINLINE_SRC="$SRC" XINLINE_DB=none \
	"${gccv[@]}" >"$OUT/build-nodb.log" 2>&1 && [ -f "$n/.brd.o.cmd" ] &&
	grep -q -- '-fplugin=' "$n/.brd.o.cmd" && ! grep -q -- '-fplugin-arg-xinline-db=' "$n/.brd.o.cmd"; then
	pass "kbuild: XINLINE_DB=none: the plugin without the vmlinux DB"
else
	fail "kbuild: XINLINE_DB=none: the plugin without the vmlinux DB (see $OUT/build-nodb.log)"
fi
for fl in plain xinline; do
	m=$(modpost_lines "$OUT/build-$fl.log")
	if [ -z "$m" ]; then
		pass "modpost: no warning or error in the $fl build"
	else
		fail "modpost: $(echo "$m" | wc -l) warning(s) in the $fl build"
		echo "$m" | sed 's/^/  /'
	fi
done
objtool_check "$OUT/build-xinline.log"

# ---- 4. call sites, per driver -------------------------------------------------
# vmlinux's exports, and those with a body in the DB that a call can
# import (xinline-db list --importable: not a va_start body, GCC never
# inlines one, the importer keeps it for module-local copies and reports
# no site).
awk -F'\t' '$3 == "vmlinux" { print $2 }' "$KDIR/Module.symvers" | sort -u >"$OUT/vmlinux-exports.txt"
"$DBTOOL" list --importable "$K/xinline-vmlinux.xdb" | cut -f1 | sort -u |
	comm -12 - "$OUT/vmlinux-exports.txt" >"$OUT/db-exports.txt"
# calls KO [LIST]: "SYMBOL" per call/jmp relocation in KO to a symbol of
# LIST (default: the DB's exports).
calls() { "${KDB[@]}" --calls "$1" | grep -xF -f "${2:-$OUT/db-exports.txt}"; }
echo
printf '%-6s %-34s %-22s %s\n' driver "call relocations to DB functions" "report: call sites" "inlined"
for drv in $DRIVERS; do
	info "$drv: plain $drv.ko: $(calls "$OUT/plain/$drv.ko" "$OUT/vmlinux-exports.txt" | wc -l) calls to vmlinux exports ($(calls "$OUT/plain/$drv.ko" "$OUT/vmlinux-exports.txt" | sort -u | wc -l) functions), $(calls "$OUT/plain/$drv.ko" | wc -l) of them to ones with a DB body ($(calls "$OUT/plain/$drv.ko" | sort -u | wc -l) functions)"
	p=$(calls "$OUT/plain/$drv.ko" | wc -l)
	x=$(calls "$X/$drv.ko" | wc -l)
	grep -F "\"file\":\"$X/$drv.c\"" "$X/report.json" >"$OUT/report-$drv.json"
	s=$(wc -l <"$OUT/report-$drv.json")
	i=$(grep -c '"inlined":true' "$OUT/report-$drv.json")
	pct=$([ "$s" -gt 0 ] && echo "$((i * 100 / s))%" || echo -)
	printf '%-6s plain %-4s xinline %-16s %-22s %s (%s)\n' "$drv" "$p" "$x" "$s" "$i" "$pct"
	grep '"inlined":false' "$OUT/report-$drv.json" |
		sed -E 's/.*"callee":"([^"]*)".*"reason":"(.*)"\}$/\2\t\1/' | sort | uniq -c | sort -rn |
		awk -F'\t' '{ printf "    not inlined: %s  [%s]\n", $1, $2 }' | head -n 20
	echo "$drv $p $x $s $i" >>"$OUT/counts.txt"
done
echo

# The expected counts (expected.txt: "SERIES DRIVER KEY N" lines).
expect_counts "$here/expected.txt" <"$OUT/counts.txt"
while read -r drv p x s i; do
	# The relocations agree with the report: nothing inlined, the same
	# calls as plain; something inlined, fewer calls to DB functions (an
	# inlined body may call other DB functions: no exact count).
	if { [ "$i" = 0 ] && [ "$x" = "$p" ]; } || { [ "$i" -gt 0 ] && [ "$x" -lt "$p" ]; }; then
		pass "$drv: call relocations to DB functions: plain $p, xinline $x, consistent with $i of $s sites inlined"
	else
		fail "$drv: call relocations to DB functions: plain $p, xinline $x, not consistent with $i of $s sites inlined"
	fi
done <"$OUT/counts.txt"
copies_check $(for drv in $DRIVERS; do echo "$X/$drv.ko"; done)

[ "$XI_BOOT" = 0 ] && finish

# ---- 5. boot: both builds loaded, data verified ----------------------------
root=$OUT/initramfs
mkdir -p "$root"/{bin,proc,sys,dev,tmp,m/plain,m/xinline}
cp /bin/busybox "$root/bin/busybox"
for a in $(/bin/busybox --list); do
	[ "$a" = busybox ] || ln -sf busybox "$root/bin/$a"
done
gcc -O2 -static -o "$root/bin/xiblkio" "$here/xiblkio.c" || die "build xiblkio"
cp "$here/guest-init.sh" "$root/init"
mkdir -p "$root/lib" && cp "$here/../kernel-helpers/guest-lib.sh" "$root/lib/guest-lib.sh"
chmod 755 "$root/init"
for fl in plain xinline; do cp "$OUT/$fl/brd.ko" "$OUT/$fl/loop.ko" "$root/m/$fl/"; done
(cd "$root" && find . | cpio -o -H newc --quiet) >"$OUT/initramfs.cpio" || die "cpio"
[ -r "$VMLINUZ" ] || die "$VMLINUZ is not readable (run as root)"
log=$OUT/boot.log
{ timeout -k 10 "$XI_TIMEOUT" qemu-system-x86_64 -accel tcg,thread=multi -m 1024 -smp 2 \
	-nodefaults -no-user-config -display none -monitor none \
	-serial "file:$log" -no-reboot -kernel "$VMLINUZ" -initrd "$OUT/initramfs.cpio" \
	-append "console=ttyS0,115200 panic=-1 quiet" >"$OUT/qemu.log" 2>&1; } 2>/dev/null
rc=$?
tr -d '\r' <"$log" >"$log.txt" 2>/dev/null || : >"$log.txt"
info "boot: QEMU (TCG) exit $rc, $(secs) since the start"
while IFS= read -r line; do
	case $line in
	*"XITEST PASS "*) pass "guest ${line#*XITEST PASS }" ;;
	*"XITEST FAIL "*) fail "guest ${line#*XITEST FAIL }" ;;
	esac
done <"$log.txt"
n=$(grep -c 'XITEST PASS' "$log.txt")
if grep -q 'XITEST DONE' "$log.txt" && [ "$n" -ge 22 ]; then
	pass "boot: the guest ran every test ($n) and powered off"
else
	fail "boot: the guest ran every test and powered off ($n passed; QEMU exit $rc)"
	tail -n 40 "$log.txt"
fi
bad_re='Oops|WARNING:|BUG:|kernel BUG|KASAN|UBSAN|general protection fault|Kernel panic|Call Trace:|unable to handle|soft lockup|blocked for more than'
if grep -nE "$bad_re" "$log.txt" >"$OUT/bad.txt"; then
	fail "boot: no oops, WARN or BUG in the guest log"
	head -n 20 "$OUT/bad.txt" | sed 's/^/  | /'
else
	pass "boot: no oops, WARN or BUG in the guest log"
fi
finish
