#!/usr/bin/env bash
# check-kernel.sh - `make check-kernel' for one kernel: build xiblk twice
# against the kernel's Debian headers (with xinline and plain), check the
# objects with objdump and what is not inlined against
# expected-refusals-SERIES.txt, exercise the Kbuild fragment, then boot that
# Debian kernel in QEMU with a busybox+fio initramfs and test both builds.
# examples/kernel-helpers/each-kernel.sh runs it once per kernel series.
#
# Usage: check-kernel.sh [SRCDIR [BUILDDIR [OUTDIR]]]
#   SRCDIR    the xinline source tree (default: three levels up from here)
#   BUILDDIR  the xinline build tree with plugin/xinline.so and
#             tools/xinline-db (default: SRCDIR)
#   OUTDIR    where everything is built and logged (default:
#             BUILDDIR/check-kernel); emptied first
# Environment:
#   KVER            kernel version (default: the newest with both
#                   /lib/modules/KVER/build and /boot/vmlinuz-KVER)
#   GCC_VERSION     the GCC the plugin was built for (passed to Kbuild)
#   XIBLK_ACCEL     auto (default: KVM if a probe boot works, else TCG),
#                   kvm or tcg
#   XIBLK_TIMEOUT   seconds per test boot (default 420)
#   XIBLK_BOOT      0: stop after the host checks (no QEMU)
#   XIBLK_INSTALL   0: never apt-get install missing packages (default: do,
#                   when root)
# Prints "PASS: ..." / "FAIL: ..." per check and ends with "N passed, N
# failed"; exits non-zero if anything failed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../kernel-helpers/kcheck-lib.sh"
kcheck_args "$here/../../.." check-kernel "$@"
XIBLK_ACCEL=${XIBLK_ACCEL:-auto}
XIBLK_TIMEOUT=${XIBLK_TIMEOUT:-420}
XIBLK_BOOT=${XIBLK_BOOT:-1}
XIBLK_INSTALL=${XIBLK_INSTALL:-1}
EX=$SRC/examples/xiblk

# ---- prerequisites ------------------------------------------------------
need_pkgs=()
command -v qemu-system-x86_64 >/dev/null || need_pkgs+=(qemu-system-x86)
# busybox-static: a busybox that needs no libraries (ldd fails on it).
{ [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1; } || need_pkgs+=(busybox-static)
command -v fio >/dev/null || need_pkgs+=(fio)
command -v cpio >/dev/null || need_pkgs+=(cpio)
command -v objdump >/dev/null || need_pkgs+=(binutils)
command -v modinfo >/dev/null || need_pkgs+=(kmod)
ls -d /lib/modules/*/build >/dev/null 2>&1 || need_pkgs+=(linux-headers-amd64)
ls /boot/vmlinuz-* >/dev/null 2>&1 || need_pkgs+=(linux-image-amd64)
if [ ${#need_pkgs[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && [ "$XIBLK_INSTALL" != 0 ]; then
		echo "check-kernel: installing ${need_pkgs[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq && apt-get install -y -qq --no-install-recommends \
			"${need_pkgs[@]}" >/dev/null || die "apt-get install ${need_pkgs[*]}"
	else
		die "missing Debian packages: ${need_pkgs[*]} (apt-get install them)"
	fi
fi

if [ -z "${KVER:-}" ]; then
	for d in $(ls -d /lib/modules/*/build 2>/dev/null | sort -V -r); do
		v=$(basename "$(dirname "$d")")
		if [ -e "/boot/vmlinuz-$v" ]; then
			KVER=$v
			break
		fi
	done
fi
[ -n "${KVER:-}" ] || die "no kernel with both /lib/modules/VER/build and /boot/vmlinuz-VER (install linux-headers-amd64 linux-image-amd64)"
KDIR=/lib/modules/$KVER/build
VMLINUZ=/boot/vmlinuz-$KVER
echo "check-kernel: kernel $KVER ($(kconfig_cc "$KDIR")), plugin $PLUGIN"

rm -rf "$OUT"
mkdir -p "$OUT"

gccv=()
[ -n "${GCC_VERSION:-}" ] && gccv=(GCC_VERSION="$GCC_VERSION")

# kmake DIR ARGS...: an external-module build of DIR.
kmake() {
	local dir=$1
	shift
	make -C "$KDIR" M="$dir" -j2 XINLINE_BUILD="$BLD" XINLINE_SRC="$SRC" \
		"${gccv[@]}" "$@"
}

# mkmoddir DIR: a build directory of links to the example's sources.
mkmoddir() {
	mkdir -p "$1"
	for f in Kbuild xiblk.c xiblk_helpers.c xiblk_helpers.h; do
		ln -sf "$EX/$f" "$1/$f"
	done
}

# ---- 1. build both flavours ------------------------------------------------
for fl in xinline plain; do
	d=$OUT/$fl
	mkmoddir "$d"
	x=y
	[ $fl = plain ] && x=n
	t0=$(date +%s%N)
	if kmake "$d" XINLINE=$x XINLINE_REPORT=y >"$OUT/build-$fl.log" 2>&1 &&
		[ -f "$d/xiblk.ko" ] && [ -f "$d/xiblk_helpers.ko" ]; then
		ms=$((($(date +%s%N) - t0) / 1000000))
		pass "build $fl xiblk_helpers.ko and xiblk.ko ($((ms / 1000)).$((ms % 1000 / 100)) s)"
	else
		echo "---- $OUT/build-$fl.log"
		tail -n 60 "$OUT/build-$fl.log"
		fail "build $fl xiblk_helpers.ko and xiblk.ko"
	fi
done
[ -f "$OUT/xinline/xiblk.ko" ] && [ -f "$OUT/plain/xiblk.ko" ] || finish

# ---- 2. objdump: helper references -----------------------------------------
# The helpers: what xiblk_helpers.ko exports.
helpers=$(objdump -t "$OUT/plain/xiblk_helpers.ko" |
	sed -n 's/.*[ 	]__ksymtab_\(xiblk_helper_[A-Za-z0-9_]*\)$/\1/p' | sort -u)
nhelpers=$(echo "$helpers" | grep -c .)
# The helpers xiblk.c calls.
called=$(grep -o 'xiblk_helper_[a-z0-9_]*(' "$EX/xiblk.c" | tr -d '(' | sort -u)
ncalled=$(echo "$called" | grep -c .)
undef_helpers() { objdump -t "$1" | awk '$2 == "*UND*" { print $NF }' | grep -Fx "$helpers"; }
call_relocs() { objdump -dr "$1" | grep -cE 'R_X86_64_(PLT32|PC32)[[:space:]]+xiblk_helper_'; }
u_plain=$(undef_helpers "$OUT/plain/xiblk.ko" | grep -c .)
u_xi=$(undef_helpers "$OUT/xinline/xiblk.ko" | grep -c .)
c_plain=$(call_relocs "$OUT/plain/xiblk.ko")
c_xi=$(call_relocs "$OUT/xinline/xiblk.ko")
sz() { size "$1" | awk 'NR == 2 { print $1 }'; }
echo "objdump: xiblk_helpers.ko exports $nhelpers helpers; xiblk.c calls $ncalled of them"
echo "objdump: plain   xiblk.ko: $u_plain undefined helper symbols, $c_plain helper call sites, text $(sz "$OUT/plain/xiblk.ko") bytes"
echo "objdump: xinline xiblk.ko: $u_xi undefined helper symbols, $c_xi helper call sites, text $(sz "$OUT/xinline/xiblk.ko") bytes"
echo "objdump: modinfo depends: plain '$(modinfo -F depends "$OUT/plain/xiblk.ko")', xinline '$(modinfo -F depends "$OUT/xinline/xiblk.ko")'"
if [ "$u_plain" -eq "$ncalled" ] && [ "$u_plain" -gt 0 ]; then
	pass "objdump: plain xiblk.ko references every helper it calls ($u_plain)"
else
	fail "objdump: plain xiblk.ko references every helper it calls ($u_plain of $ncalled)"
fi

# What the plugin said about each helper (the Kbuild file asks for
# -fplugin-arg-xinline-verbose on the provider and the report on xiblk.c),
# and what is not inlined: it must be what expected-refusals-SERIES.txt says.
LOG=$OUT/build-xinline.log
verdicts "$LOG" 'xiblk_helpers\.c' >"$OUT/provider.txt"
sites "$LOG" 'xiblk\.c' >"$OUT/consumer.txt"
ndb=$("$DBTOOL" list "$OUT/xinline/xinline.xdb" 2>/dev/null | grep -c '^xiblk_helper_')
echo "export: $(grep -c ' exported (' "$OUT/provider.txt") of $nhelpers helpers exported, $(grep -c ' not exported: ' "$OUT/provider.txt") refused; the DB holds $ndb"
echo "import: $(wc -l <"$OUT/consumer.txt") call sites to DB helpers, $(grep -c "' inlined$" "$OUT/consumer.txt") inlined"
not_inlined "$OUT/provider.txt" "$OUT/consumer.txt" "$LOG" | sort -u >"$OUT/not-inlined.txt"
sed 's/^/  /' "$OUT/not-inlined.txt"
expected=$EX/test/expected-refusals-$(kseries "$KVER").txt
expect_lists "$expected" "$OUT/not-inlined.txt" export import
list=$expected
[ -f "$list" ] || list=$OUT/not-inlined.txt
want=$(expected_names "$list" | grep -xF "$called")
got=$(undef_helpers "$OUT/xinline/xiblk.ko" | sort -u)
if [ "$got" = "$want" ]; then
	pass "objdump: xinline xiblk.ko references no helper but the $(echo "$want" | grep -c .) listed in $(basename "$list")"
else
	fail "objdump: xinline xiblk.ko references no helper but the $(echo "$want" | grep -c .) listed in $(basename "$list") (it references: $(echo $got))"
fi
objtool_check "$OUT/build-xinline.log"
if grep -q -- '-fplugin-arg-xinline-symvers=' "$OUT/xinline/.xiblk.o.cmd" 2>/dev/null; then
	info "Module.symvers passed to the plugin: $(sed -n 's/.*-fplugin-arg-xinline-symvers=\([^ ]*\).*/\1/p' "$OUT/xinline/.xiblk.o.cmd" | head -n 1)"
else
	info "Module.symvers not passed: this plugin has no -fplugin-arg-xinline-symvers"
fi

# ---- 3. the Kbuild fragment -------------------------------------------------
k=$OUT/kbuild
mkmoddir "$k"
rm -f "$k/xiblk_helpers.c"
cp "$EX/xiblk_helpers.c" "$k/xiblk_helpers.c"
# compiled NAME LOG: LOG (a Kbuild log) says NAME.o of $k was compiled.
compiled() { grep -F "CC [M]" "$2" | sed "s/.* //" | grep -qFx "$k/$1.o"; }
if kmake "$k" >"$k/1.log" 2>&1 && kmake "$k" >"$k/2.log" 2>&1; then
	if grep -q 'CC \[M\]' "$k/2.log"; then
		fail "kbuild: a second make compiles nothing"
	else
		pass "kbuild: a second make compiles nothing"
	fi
	touch "$k/xiblk_helpers.c"
	kmake "$k" >"$k/3.log" 2>&1
	if compiled xiblk_helpers "$k/3.log" && ! compiled xiblk "$k/3.log"; then
		pass "kbuild: provider rebuilt with the same helpers: DB unchanged, consumer not rebuilt"
	else
		fail "kbuild: provider rebuilt with the same helpers: DB unchanged, consumer not rebuilt"
	fi
	cat >>"$k/xiblk_helpers.c" <<-'EOF'

	__xinline int xiblk_helper_kbuild_test(int x)
	{
		return x + 1;
	}
	EXPORT_SYMBOL_GPL(xiblk_helper_kbuild_test);
	EOF
	kmake "$k" >"$k/4.log" 2>&1
	if compiled xiblk "$k/4.log"; then
		pass "kbuild: a changed DB rebuilds the consumer"
	else
		fail "kbuild: a changed DB rebuilds the consumer"
	fi
	kmake "$k" XINLINE_DISABLE_xiblk.o=y >"$k/5.log" 2>&1
	u=$(undef_helpers "$k/xiblk.ko" | grep -c .)
	if compiled xiblk "$k/5.log" && ! grep -q 'xinline-db=' "$k/.xiblk.o.cmd" && [ "$u" -eq "$ncalled" ]; then
		pass "kbuild: XINLINE_DISABLE_xiblk.o=y builds xiblk.o without the plugin ($u helper references)"
	else
		fail "kbuild: XINLINE_DISABLE_xiblk.o=y builds xiblk.o without the plugin ($u helper references)"
	fi
	kmake "$k" 'CFLAGS_xiblk.o=$(DISABLE_XINLINE_PLUGIN)' >"$k/6.log" 2>&1
	u=$(undef_helpers "$k/xiblk.ko" | grep -c .)
	if grep -q -- '-fplugin-arg-xinline-disable' "$k/.xiblk.o.cmd" && [ "$u" -eq "$ncalled" ]; then
		pass "kbuild: CFLAGS_xiblk.o=\$(DISABLE_XINLINE_PLUGIN) turns the plugin off ($u helper references)"
	else
		fail "kbuild: CFLAGS_xiblk.o=\$(DISABLE_XINLINE_PLUGIN) turns the plugin off ($u helper references)"
	fi
else
	tail -n 30 "$k/1.log" "$k/2.log"
	fail "kbuild: fragment test builds"
fi
if kmake "$k" GCC_VERSION=4.9.0 XINLINE_GCC_VERSION=4.9.0 >"$k/7.log" 2>&1; then
	fail "kbuild: a plugin built for another GCC is refused"
elif grep -q 'xinline: .* was built for GCC 4.9.0 but this kernel was built by' "$k/7.log"; then
	pass "kbuild: a plugin built for another GCC is refused"
	info "$(grep -o 'xinline: .* was built for GCC 4.9.0.*' "$k/7.log" | head -n 1 | cut -c1-200)..."
else
	tail -n 10 "$k/7.log"
	fail "kbuild: a plugin built for another GCC is refused (no clear message)"
fi

# ---- 3b. ccache: a changed helper body is never served from the cache ------
# The fragment names the plugin and the DBs in CCACHE_EXTRAFILES per object.
# Build with ccache, change the body of an inlined helper (the provider's
# source only), rebuild: xiblk.o must be compiled anew and differ; change it
# back: xiblk.o must be the first build's again (here a cache hit).
if command -v ccache >/dev/null; then
	kc=$OUT/kbuild-ccache
	rm -rf "$kc"
	mkmoddir "$kc"
	rm -f "$kc/xiblk_helpers.c"
	cp "$EX/xiblk_helpers.c" "$kc/xiblk_helpers.c"
	if grep -qs DEBIAN_KERNEL_USE_CCACHE "$KDIR/.kernelvariables"; then
		ccv=(DEBIAN_KERNEL_USE_CCACHE=1)	# Debian's own switch: CC = ccache gcc-NN
	else
		ccv=(CC="ccache ${CC:-gcc}")
	fi
	# ccres: ccache's verdict on the last compile of xiblk.c in ccache.log
	# (lines of parallel compiles interleave: follow that compile's pid).
	ccres() {
		local pid
		pid=$(grep "Command line: .*xiblk\.c\$" "$kc/ccache.log" | tail -n 1 | sed -n 's/^\[[^ ]* *\([0-9][0-9]*\) *\].*/\1/p')
		[ -n "$pid" ] && grep -E "^\[[^ ]* +$pid *\] Result: " "$kc/ccache.log" | grep -m 1 -o 'Result: [a-z_]*'
	}
	(
		for v in $(env | sed -n 's/^\(CCACHE_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done
		export CCACHE_DIR=$kc/ccache CCACHE_LOGFILE=$kc/ccache.log
		kmake "$kc" "${ccv[@]}" >"$kc/1.log" 2>&1 && cp "$kc/xiblk.o" "$kc/xiblk.o.0" &&
		sed -i 's/return blk_rq_pos(rq);/return blk_rq_pos(rq) + 1;/' "$kc/xiblk_helpers.c" &&
		: >"$kc/ccache.log" && kmake "$kc" "${ccv[@]}" >"$kc/2.log" 2>&1 && echo "changed: $(ccres)" >"$kc/result" &&
		cp "$kc/xiblk.o" "$kc/xiblk.o.1" &&
		cp "$EX/xiblk_helpers.c" "$kc/xiblk_helpers.c" &&
		: >"$kc/ccache.log" && kmake "$kc" "${ccv[@]}" >"$kc/3.log" 2>&1 && echo "back: $(ccres)" >>"$kc/result"
	)
	r=$(cat "$kc/result" 2>/dev/null)
	info "ccache: $(echo $r)"
	if [ -f "$kc/xiblk.o.0" ] && echo "$r" | grep -q 'changed: Result: cache_miss' &&
	   echo "$r" | grep -q 'back: Result: [a-z_]*cache_hit' && cmp -s "$kc/xiblk.o" "$kc/xiblk.o.0" &&
	   ! cmp -s "$kc/xiblk.o.1" "$kc/xiblk.o.0" &&
	   grep -q 'CCACHE_EXTRAFILES\|ccache' "$kc/.xiblk.o.cmd" 2>/dev/null; then
		pass "kbuild: ccache: a changed helper body recompiles xiblk.o, the old body is a cache hit again"
	else
		tail -n 20 "$kc/1.log" "$kc/2.log" "$kc/3.log" 2>/dev/null
		fail "kbuild: ccache: a changed helper body recompiles xiblk.o, the old body is a cache hit again"
	fi
else
	info "ccache not installed: the Kbuild ccache check is skipped"
fi

[ "$XIBLK_BOOT" = 0 ] && finish

# ---- 4. the initramfs -----------------------------------------------------
root=$OUT/initramfs
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,xiblk/xinline,xiblk/plain}
cp /bin/busybox "$root/bin/busybox"
for a in $(/bin/busybox --list); do
	[ "$a" = busybox ] || ln -sf busybox "$root/bin/$a"
done
[ "$(id -u)" = 0 ] && mknod "$root/dev/console" c 5 1 2>/dev/null
cp "$(command -v fio)" "$root/usr/bin/fio"
for lib in $(ldd "$(command -v fio)" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'); do
	cp -L --parents "$lib" "$root/" || die "copy $lib into the initramfs"
done
gcc -O2 -static -o "$root/bin/xipat" "$here/xipat.c" || die "build xipat"
cp "$here/guest-init.sh" "$root/init"
mkdir -p "$root/lib" && cp "$here/../../kernel-helpers/guest-lib.sh" "$root/lib/guest-lib.sh"
chmod 755 "$root/init"
for fl in xinline plain; do
	cp "$OUT/$fl/xiblk_helpers.ko" "$OUT/$fl/xiblk.ko" "$root/xiblk/$fl/"
done
(cd "$root" && find . | cpio -o -H newc --quiet) >"$OUT/initramfs.cpio" || die "cpio"
echo "initramfs: $(du -m "$OUT/initramfs.cpio" | cut -f1) MiB (busybox, fio and $(ldd "$(command -v fio)" | grep -c '=>') libraries, xipat, both builds)"
[ -r "$VMLINUZ" ] || die "$VMLINUZ is not readable (run as root)"

# ---- 5. boots ---------------------------------------------------------------
# boot NAME TIMEOUT ACCEL-ARGS...: boots with xitest=NAME, log in $OUT/boot-NAME.log.
boot() {
	local name=$1 tmo=$2
	shift 2
	local log=$OUT/boot-$name.log
	rm -f "$log"
	# (The braces keep bash's "Aborted" notice for a crashed QEMU quiet.)
	{ timeout -k 10 "$tmo" qemu-system-x86_64 "$@" -m 1024 -smp 2 \
		-nodefaults -no-user-config -display none -monitor none \
		-serial "file:$log" -no-reboot \
		-kernel "$VMLINUZ" -initrd "$OUT/initramfs.cpio" \
		-append "console=ttyS0,115200 panic=-1 quiet xitest=$name" \
		>"$OUT/qemu-$name.log" 2>&1; } 2>/dev/null
}

# probe_kvm: a probe boot with KVM works (with KVM the guest reaches /init
# in a few seconds).  On a KVM internal error QEMU stops the guest and
# waits: the probe ends at that message, not at its timeout.
probe_kvm() {
	local bp i
	boot probe 20 -accel kvm -cpu host -pidfile "$OUT/qemu-probe.pid" &
	bp=$!
	for i in $(seq 20); do
		sleep 1
		kill -0 $bp 2>/dev/null || break
		if grep -qs 'KVM internal error' "$OUT/qemu-probe.log"; then
			kill "$(cat "$OUT/qemu-probe.pid")" 2>/dev/null
			break
		fi
	done
	wait $bp
	grep -q 'XITEST PROBE OK' "$OUT/boot-probe.log"
}

accel=(-accel tcg,thread=multi)
accel_name=TCG
if [ "$XIBLK_ACCEL" != tcg ] && [ -w /dev/kvm ]; then
	t0=$(date +%s)
	if probe_kvm; then
		accel=(-accel kvm -cpu host)
		accel_name=KVM
		info "KVM probe boot: $(($(date +%s) - t0)) s"
	else
		info "KVM probe boot failed after $(($(date +%s) - t0)) s; using TCG ($(head -n 1 "$OUT/qemu-probe.log"); $(tail -n 2 "$OUT/qemu-probe.log" | tr '\n' ' '))"
	fi
fi
[ "$XIBLK_ACCEL" = kvm ] && [ $accel_name != KVM ] && die "XIBLK_ACCEL=kvm but KVM does not work"
echo "boot: QEMU with $accel_name, 2 vCPUs, 1 GiB, $VMLINUZ"

bad_re='Oops|WARNING:|BUG:|kernel BUG|KASAN|UBSAN|general protection fault|Kernel panic|Call Trace:|unable to handle|segfault at|soft lockup|hung_task|blocked for more than'
for fl in xinline plain; do
	t0=$(date +%s)
	boot "$fl" "$XIBLK_TIMEOUT" "${accel[@]}"
	rc=$?
	secs=$(($(date +%s) - t0))
	log=$OUT/boot-$fl.log
	ok=1
	tr -d '\r' <"$log" >"$log.txt" 2>/dev/null || : >"$log.txt"
	booted=$(sed -n 's/.*XITEST BOOTED .*uptime=\([0-9.]*\).*/\1/p' "$log.txt" | head -n 1)
	done_at=$(sed -n 's/.*XITEST DONE uptime=\([0-9.]*\).*/\1/p' "$log.txt" | head -n 1)
	info "$fl: QEMU exit $rc after $secs s; guest reached init at ${booted:-?} s, finished at ${done_at:-?} s (guest clock)"
	grep -E '^    dmesg\| .*xiblk' "$log.txt" | sed 's/^/  /'
	while IFS= read -r line; do
		case $line in
		*"XITEST PASS "*) pass "guest ${line#*XITEST PASS }" ;;
		*"XITEST FAIL "*) fail "guest ${line#*XITEST FAIL }"; ok=0 ;;
		esac
	done <"$log.txt"
	if [ -n "$done_at" ]; then
		pass "boot $fl: the guest ran every test and powered off"
	else
		fail "boot $fl: the guest ran every test and powered off (QEMU exit $rc)"
		ok=0
	fi
	if grep -nE "$bad_re" "$log.txt" >"$OUT/bad-$fl.txt"; then
		fail "boot $fl: no oops, WARN, BUG, KASAN or UBSAN in the guest log"
		sed 's/^/  | /' "$OUT/bad-$fl.txt" | head -n 20
		ok=0
	else
		pass "boot $fl: no oops, WARN, BUG, KASAN or UBSAN in the guest log"
	fi
	if [ $ok = 0 ]; then
		echo "---- guest log $log (QEMU: $(cat "$OUT/qemu-$fl.log"))"
		cat "$log.txt"
		echo "---- end of guest log"
	fi
done
finish
