#!/usr/bin/env bash
# check.sh - `make check-rust-kernel': Rust in a GCC-built Linux 6.12 with
# xinline (kbuild/rust-kernel.sh), proven in a booted kernel.
#
#   check.sh [SRCDIR [BUILDDIR [OUTDIR]]]
#
#  1. the 6.12 source from Debian's linux-source-6.12 (the newest
#     /usr/src/linux-source-6.12.tar.*), unpacked once into OUT/src;
#  2. config: x86_64 tinyconfig + config.fragment (CONFIG_RUST=y, rnull and
#     the Rust samples as modules), every fragment line checked;
#  3. plain: vmlinux, modules, bzImage in OUT/plain through rust-kernel.sh
#     with the switch off; the test module xitest/ with M=;
#  4. xinline, in OUT/xi with XINLINE_RUST=y, three times: with a changed
#     helper source (a comment appended to rust/helpers/err.c), then with
#     the source restored (the DB changes: every Rust object must be
#     rebuilt, their commands name the new DB), then again (nothing Rust is
#     rebuilt); xitest with M=; the switch's misuses give their messages;
#  5. the rust_helper_* references and call sites left in rust/kernel.o,
#     rnull_mod.ko, the Rust samples and xitest.ko, plain and xinline: the
#     xinline ones, the sites the plugin reported not inlined (with their
#     reasons) and modpost's messages must be exactly
#     expected-refusals-6.12.txt; objtool and modpost print no warning;
#     rnull's request path (io-path-calls.py) has helper calls plain and
#     none with xinline;
#  6. both bzImages boot under QEMU (TCG) with init.c as /init: it loads
#     the modules, does I/O on /dev/rnullb0, unloads them; xitest's result
#     lines must be the same in both kernels, with no oops, WARN or BUG.
# Environment: JOBS (2), RK_BOOT (1; 0: no QEMU), RK_TIMEOUT (300 s a boot).
# Ends with "N passed, N failed"; exits non-zero if anything failed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../kernel-helpers/kcheck-lib.sh"
. "$here/rk-lib.sh"
kcheck_args "$here/../.." check-rust-kernel "$@"
JOBS=${JOBS:-2}
RK_BOOT=${RK_BOOT:-1}
RK_TIMEOUT=${RK_TIMEOUT:-300}
series=6.12
EXPECTED=$here/expected-refusals-$series.txt
LLVMPLUGIN=$BLD/plugin/xinline-llvm.so
now() { date +%s; }
t0=$(now)

[ -f "$LLVMPLUGIN" ] || die "no $LLVMPLUGIN: configure xinline with the LLVM of /usr/bin/rustc (llvm-22-dev)"
for t in /usr/bin/rustc /usr/bin/rustdoc /usr/bin/bindgen flex bison bc; do
	command -v "$t" >/dev/null || die "$t is missing (apt-get install rustc-web rust-web-src bindgen libclang-14-dev flex bison bc libelf-dev libssl-dev)"
done
tarball=$(ls /usr/src/linux-source-"$series".tar.* 2>/dev/null | sort -V | tail -n 1)
[ -n "$tarball" ] || die "no /usr/src/linux-source-$series.tar.* (apt-get install linux-source-$series)"
mkdir -p "$OUT"
echo "check-rust-kernel: $tarball, $(gcc --version | head -n 1), $(/usr/bin/rustc --version), plugin $LLVMPLUGIN"

# ---- 1. source, 2. config ---------------------------------------------------
KSRC=$OUT/src
probe=$KSRC/rust/helpers/err.c
stamp="$tarball $(stat -c %Y "$tarball")"
if [ "$(cat "$OUT/src.stamp" 2>/dev/null)" != "$stamp" ]; then
	rm -rf "$KSRC" "$OUT/src.stamp"
	mkdir -p "$KSRC"
	tar -xf "$tarball" -C "$KSRC" --strip-components=1 || die "unpacking $tarball"
	cp -p "$probe" "$OUT/err.c.orig"
	echo "$stamp" >"$OUT/src.stamp"
fi
cmp -s "$probe" "$OUT/err.c.orig" || cp "$OUT/err.c.orig" "$probe"


mkdir -p "$OUT/plain" "$OUT/xi"
fragsum=$({ cat "$here/config.fragment"; echo "$stamp"; } | sha256sum)
if [ "$(cat "$OUT/config.stamp" 2>/dev/null)" != "$fragsum" ] || [ ! -f "$OUT/plain/.config" ]; then
	{ kmake O="$OUT/plain" tinyconfig &&
	  cat "$here/config.fragment" >>"$OUT/plain/.config" &&
	  kmake O="$OUT/plain" olddefconfig; } >"$OUT/config.log" 2>&1 ||
		die "config (log: $OUT/config.log)"
	echo "$fragsum" >"$OUT/config.stamp"
fi
bad=$(grep -E '^(CONFIG_|# CONFIG_)' "$here/config.fragment" | while read -r l; do
	case $l in
	'# '*) n=${l#\# }; n=${n%% *}; grep -q "^$n=" "$OUT/plain/.config" && echo "$n" ;;
	*) grep -qx "$l" "$OUT/plain/.config" || echo "$l" ;;
	esac
done)
if [ -z "$bad" ]; then
	pass "config: tinyconfig + config.fragment, every line as asked (CONFIG_RUST=y)"
else
	die "config: not as config.fragment asks: $bad"
fi
cmp -s "$OUT/plain/.config" "$OUT/xi/.config" || cp "$OUT/plain/.config" "$OUT/xi/.config"

# ---- 3. plain ---------------------------------------------------------------
KTARGETS=(vmlinux modules bzImage)
t=$(now)
if kmake O="$OUT/plain" "${KTARGETS[@]}" >"$OUT/build-plain.log" 2>&1; then
	pass "plain: vmlinux, modules, bzImage ($(($(now) - t))s)"
else
	tail -n 20 "$OUT/build-plain.log"
	die "plain: kernel build failed (log: $OUT/build-plain.log)"
fi
if grep -q xinline "$OUT/plain/drivers/block/.rnull.o.cmd" "$OUT/plain/rust/.kernel.o.cmd"; then
	fail "switch off: xinline in the plain build's rustc commands"
else
	pass "switch off: rust-kernel.sh without XINLINE_RUST=y runs the kernel's make unchanged"
fi

# xitest as an M= module of kernel $1 in $2 (a copy of xitest/); more args
# go to make.
build_xitest() {
	local o=$1 d=$2
	shift 2
	rm -rf "$d"
	cp -r "$here/xitest" "$d"
	kmake O="$o" M="$d" "$@" modules
}
if build_xitest "$OUT/plain" "$OUT/xitest-plain" >"$OUT/build-xitest-plain.log" 2>&1; then
	pass "plain: xitest.ko (M=)"
else
	tail -n 30 "$OUT/build-xitest-plain.log"
	die "plain: xitest build failed (log: $OUT/build-xitest-plain.log)"
fi

# ---- 4. xinline, and a DB change ---------------------------------------------
REPORT=$OUT/xi-report.json
XI=(XINLINE_RUST=y XINLINE_BUILD="$BLD" XINLINE_REPORT="$REPORT")
RUSTOBJS="rust/core.o rust/kernel.o drivers/block/rnull.o samples/rust/rust_minimal.o samples/rust/rust_print.o"
cur_db() { ls "$OUT/xi/rust/xinline/"helpers-*.xdb 2>/dev/null; }
# rust_newer STAMP: the Rust objects of RUSTOBJS newer than STAMP.
rust_newer() {
	local o n=
	for o in $RUSTOBJS; do
		[ "$OUT/xi/$o" -nt "$1" ] && n="$n $o"
	done
	echo "$n"
}
xbuild() { # LOG-NAME: the xinline kernel build
	local t
	t=$(now)
	if kmake O="$OUT/xi" "${XI[@]}" "${KTARGETS[@]}" >"$OUT/$1.log" 2>&1; then
		pass "xinline: $1: vmlinux, modules, bzImage ($(($(now) - t))s)"
	else
		tail -n 30 "$OUT/$1.log"
		die "xinline: $1 failed (log: $OUT/$1.log)"
	fi
}
echo "/* check-rust-kernel: a change of the helpers' source */" >>"$probe"
xbuild build-xi-changed
db1=$(cur_db)
cp "$OUT/err.c.orig" "$probe"
: >"$REPORT"
touch "$OUT/stamp-restored"
sleep 1
xbuild build-xi
db2=$(cur_db)
if [ -n "$db1" ] && [ -n "$db2" ] && [ "$db1" != "$db2" ]; then
	pass "DB: a changed helper source gives another DB ($(basename "$db1") -> $(basename "$db2"))"
else
	fail "DB: a changed helper source gives another DB ('$db1' -> '$db2')"
fi
old=
for o in $RUSTOBJS; do
	[ "$OUT/xi/$o" -nt "$OUT/stamp-restored" ] &&
		grep -qF "db=$db2;" "$OUT/xi/$(dirname "$o")/.$(basename "$o").cmd" || old="$old $o"
done
if [ -z "$old" ]; then
	pass "DB change: every Rust object rebuilt, its rustc command names the new DB ($RUSTOBJS)"
else
	fail "DB change: not rebuilt with the new DB:$old"
fi
touch "$OUT/stamp-unchanged"
sleep 1
kmake O="$OUT/xi" "${XI[@]}" "${KTARGETS[@]}" >"$OUT/build-xi-again.log" 2>&1 ||
	fail "xinline: the build again failed (log: $OUT/build-xi-again.log)"
newer=$(rust_newer "$OUT/stamp-unchanged")
if [ "$(cur_db)" = "$db2" ] && [ -z "$newer" ]; then
	pass "DB unchanged: the same DB, no Rust object rebuilt"
else
	fail "DB unchanged: DB $(cur_db) (was $db2), rebuilt:$newer"
fi
if build_xitest "$OUT/xi" "$OUT/xitest-xi" "${XI[@]}" >"$OUT/build-xitest-xi.log" 2>&1; then
	pass "xinline: xitest.ko (M=, the kernel's DB and plugin)"
else
	tail -n 30 "$OUT/build-xitest-xi.log"
	die "xinline: xitest build failed (log: $OUT/build-xitest-xi.log)"
fi

# misuse: MESSAGE-PART ARGS...: rust-kernel.sh fails with the message.
misuse() {
	local want=$1 out
	shift
	if out=$(kmake "$@" modules 2>&1); then
		fail "misuse '$*': succeeded"
	elif echo "$out" | grep -qF "$want"; then
		pass "misuse: $(echo "$out" | grep -F "$want" | head -n 1 | cut -c1-150)"
	else
		fail "misuse '$*': no message '$want': $out"
	fi
}
misuse "XINLINE_RUST takes y or n, not 'yes'" XINLINE_RUST=yes O="$OUT/xi"
misuse "was not built with XINLINE_RUST=y" XINLINE_RUST=y O="$OUT/plain" M="$OUT/xitest-plain"
misuse "build xinline in XINLINE_BUILD=" XINLINE_RUST=y XINLINE_BUILD="$OUT" O="$OUT/xi"
mkdir -p "$OUT/norust"
echo '# CONFIG_RUST is not set' >"$OUT/norust/.config"
misuse "CONFIG_RUST is not set in $OUT/norust/.config" XINLINE_RUST=y O="$OUT/norust"

# ---- 5. helper references, reports, objtool, modpost ------------------------
OBJS=(rust/kernel.o drivers/block/rnull_mod.ko samples/rust/rust_minimal.ko
	samples/rust/rust_print.ko xitest.ko)
objpath() { # TREE(plain|xi) OBJ
	case $2 in
	xitest.ko) echo "$OUT/xitest-$1/xitest.ko" ;;
	*) echo "$OUT/$1/$2" ;;
	esac
}
refs() { nm -u "$1" | sed -n 's/^ *U \(rust_helper_[A-Za-z0-9_]*\)$/\1/p' | sort -u; }
# calls OBJ [NAME]: call and jmp instructions to rust_helper_* (or NAME) in OBJ.
calls() {
	objdump -dr --no-show-raw-insn "$1" | awk -v want="${2:-}" '
		/^ *[0-9a-f]+:\t/ { split($0, a, "\t"); ins = a[2]; sub(/ .*/, "", ins) }
		/R_X86_64_(PLT32|PC32)[ \t]+rust_helper_/ {
			s = $NF; sub(/[-+]0x[0-9a-f]+$/, "", s)
			if ((ins == "call" || ins == "jmp") && (want == "" || s == want)) n++ }
		END { print n + 0 }'
}
actual=$OUT/refusals.txt
: >"$actual"
echo "rust_helper_* left (symbols referenced, call sites: call/jmp instructions):"
for o in "${OBJS[@]}"; do
	p=$(objpath plain "$o") x=$(objpath xi "$o")
	printf '  %-18s plain %2s symbols %3s calls   xinline %2s symbols %3s calls\n' \
		"$(basename "$o")" "$(refs "$p" | wc -l)" "$(calls "$p")" "$(refs "$x" | wc -l)" "$(calls "$x")"
	for h in $(refs "$x"); do
		echo "referenced $h: $(basename "$o"), $(calls "$x" "$h") calls" >>"$actual"
	done
	[ "$(calls "$p")" -gt 0 ] || [ "$o" = samples/rust/rust_minimal.ko ] ||
		fail "plain $(basename "$o") calls no rust_helper_* (the count cannot tell anything)"
done
# rnull's I/O path (queue_rq_callback and what it calls in the module).
iop=$(python3 "$here/io-path-calls.py" "$OUT/plain/drivers/block/rnull_mod.ko" | tail -n 1 | cut -d' ' -f2)
iox=$(python3 "$here/io-path-calls.py" "$OUT/xi/drivers/block/rnull_mod.ko" | tail -n 1 | cut -d' ' -f2)
if [ "${iop:-0}" -gt 0 ] && [ "$iox" = 0 ]; then
	pass "rnull I/O path (from queue_rq_callback): $iop rust_helper_* call instructions plain, $iox with xinline"
else
	fail "rnull I/O path (from queue_rq_callback): $iop rust_helper_* call instructions plain, $iox with xinline"
fi
python3 - "$REPORT" "$actual" <<'EOF2'
import json, sys
seen, per = set(), {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if not r["callee"].startswith("rust_helper_"):
        continue
    crate = r["file"].split(".")[0]
    n = per.setdefault(crate, [0, 0])
    n[0] += 1
    if r["inlined"]:
        n[1] += 1
    else:
        seen.add("not-inlined %s: %s" % (r["callee"], r["reason"]))
with open(sys.argv[2], "a") as f:
    f.writelines(l + "\n" for l in sorted(seen))
for crate in sorted(per):
    print("  plugin report, %s: %d helper call sites, %d inlined" % (crate, *per[crate]))
EOF2
cat "$OUT"/build-xi.log "$OUT"/build-xitest-xi.log | grep -E '^(WARNING|ERROR): modpost: ' |
	sed -E 's/^(WARNING|ERROR): modpost: /modpost /' >>"$actual"
if [ -f "$EXPECTED" ]; then
	expect_list referenced "xinline: rust_helper_* still referenced" "$EXPECTED" "$actual"
	expect_list not-inlined "xinline: helper call sites not inlined (plugin report)" "$EXPECTED" "$actual"
	expect_list modpost "modpost: warnings and errors of the xinline build" "$EXPECTED" "$actual"
else
	fail "no expected list $EXPECTED (this run's, to review and commit:)"
	sed 's/^/  + /' "$actual"
fi
for b in plain xi; do
	m=$(cat "$OUT/build-$b.log" "$OUT/build-xitest-$b.log" | grep -ciE 'modpost.*(warning|error)|^(WARNING|ERROR): modpost')
	ot=$(cat "$OUT/build-$b.log" "$OUT/build-xitest-$b.log" | grep -ciE '(warning|error): objtool')
	w=$(cat "$OUT/build-$b.log" "$OUT/build-xitest-$b.log" | grep -v '^warning: xinline: not importing' | grep -ciE 'warning')
	if [ "$m" = 0 ] && [ "$ot" = 0 ] && [ "$w" = 0 ]; then
		pass "$b: objtool and modpost clean (no warning in the build logs)"
	else
		fail "$b: $ot objtool, $m modpost message(s), $w warning line(s) in the logs"
		cat "$OUT/build-$b.log" "$OUT/build-xitest-$b.log" | grep -v '^warning: xinline: not importing' |
			grep -iE 'warning|error' | head -n 20 | sed 's/^/  /'
	fi
done

# ---- 6. boot ------------------------------------------------------------------
bad_re='Oops|WARNING:|BUG:|kernel BUG|general protection fault|Kernel panic|Call Trace:|unable to handle|segfault at|soft lockup|blocked for more than'
boot() { # TREE(plain|xi)
	local b=$1 d=$OUT/initramfs-$1 log=$OUT/boot-$1.log o t
	rm -rf "$d"
	mkdir -p "$d"
	gcc -static -O2 -o "$d/init" "$here/init.c" || { fail "boot $b: gcc -static init.c"; return; }
	for o in drivers/block/rnull_mod.ko samples/rust/rust_minimal.ko samples/rust/rust_print.ko xitest.ko; do
		cp "$(objpath "$b" "$o")" "$d/" && basename "$o" >>"$d/modules.txt"
	done
	(cd "$d" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$OUT/initramfs-$b.cpio"
	t=$(now)
	qemu_boot "$OUT/$b/arch/x86/boot/bzImage" "$OUT/initramfs-$b.cpio" "$log.txt"
	if grep -q '^init: done' "$log.txt"; then
		pass "boot $b: /init ran to the end ($(($(now) - t))s)"
	else
		fail "boot $b: /init did not finish (log: $log.txt)"
		tail -n 30 "$log.txt" | sed 's/^/  /'
	fi
	local want="init: loaded 4 of 4
init: rnull io: wrote 262144 read 262144
init: rnull io direct: wrote 262144 read 262144
init: unload xitest: ok
init: unload rust_print: ok
init: unload rust_minimal: ok
init: unload rnull_mod: ok"
	if [ "$(grep -E '^init: (loaded|rnull io|unload)' "$log.txt")" = "$want" ]; then
		pass "boot $b: 4 Rust modules loaded, 2x256 KiB written and read on /dev/rnullb0, all unloaded"
	else
		fail "boot $b: loads, rnull I/O, unloads not as expected"
		grep '^init: ' "$log.txt" | sed 's/^/  /'
	fi
	if grep -qE "$bad_re" "$log.txt"; then
		fail "boot $b: oops, WARN or BUG in the guest log"
		grep -E -A5 "$bad_re" "$log.txt" | head -n 30 | sed 's/^/  /'
	else
		pass "boot $b: no oops, WARN or BUG in the guest log"
	fi
	sed -n 's/^\(\[[^]]*\] \)\{0,1\}\(xitest: .*\)$/\2/p' "$log.txt" >"$OUT/xitest-$b.txt"
}
if [ "$RK_BOOT" != 0 ]; then
	command -v qemu-system-x86_64 >/dev/null && command -v cpio >/dev/null ||
		die "boot: qemu-system-x86_64 and cpio needed (apt-get install qemu-system-x86 cpio), or RK_BOOT=0"
	boot plain
	boot xi
	echo "xitest results (plain):"
	sed 's/^/  /' "$OUT/xitest-plain.txt"
	if [ "$(grep -c -E '^xitest: (errptr|refcount|locks|alloc|task|page|direct|rbtree|done|exit)' "$OUT/xitest-plain.txt")" = 10 ] &&
		cmp -s "$OUT/xitest-plain.txt" "$OUT/xitest-xi.txt"; then
		pass "xitest: the same $(wc -l <"$OUT/xitest-xi.txt") result lines in the plain and the xinline kernel"
	else
		fail "xitest: results differ or are incomplete (- plain, + xinline)"
		diff "$OUT/xitest-plain.txt" "$OUT/xitest-xi.txt" | sed -n 's/^</  -/p; s/^>/  +/p'
	fi
fi
info "total $(($(now) - t0))s"
finish
