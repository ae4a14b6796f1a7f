#!/usr/bin/env bash
# kernel-db.sh (test) -- kbuild/kernel-db.sh on a fake kernel, in seconds:
# a source tree whose Makefile stands in for Kbuild (`prepare', single
# objects compiled with $(KCFLAGS), genksyms' "#SYMVER" lines appended to
# the objects' .cmd files) and a build directory (.config, Module.symvers,
# kernel.release, utsrelease.h).  Checks the DB it makes (the wanted export
# of a built-in object; not the one whose CRC differs from Module.symvers,
# not those of objects the config leaves out, not one two objects define;
# --install; determinism; the objects a plugin of another checksum makes it
# remove) and every refusal, each with its message.  Run by
# kernel-db.exp:
#
#   kernel-db.sh KERNEL-DB-SCRIPT XINLINE-BUILD CC WORKDIR
#
# Prints "PASS: what" / "FAIL: what" lines (details indented below a FAIL).
set -u
export LC_ALL=C
script=$1 xi=$2 cc=$3 w=$4
rm -rf "$w" && mkdir -p "$w" && cd "$w" || exit 1
ccline=$($cc --version | head -n 1)

# ---- the fake kernel ---------------------------------------------------------
mkdir -p src/lib kdir/include/generated kdir/include/config
cat >src/Makefile <<'EOF'
VERSION = 9
PATCHLEVEL = 8
SUBLEVEL = 7
Makefile: ;
# prepare: Kconfig's syncconfig; src/.kconfig-adds, if there, is what this
# machine's Kconfig would add to the config.
prepare:
	@test -f $(CURDIR)/.kconfig-adds && cat $(CURDIR)/.kconfig-adds >> $(O)/.config || true
# An object: compiled with KCFLAGS; its .cmd file records the command and
# genksyms' CRCs (from NAME.symver).
lib/%.o: prepare
	@mkdir -p $(O)/$(dir $@)
	$(CC) -O2 $(KCFLAGS) -c $(CURDIR)/lib/$*.c -o $(O)/$@
	@{ echo 'cmd_$@ := $(CC) -O2 $(KCFLAGS)'; cat $(CURDIR)/lib/$*.symver; } > $(O)/$(dir $@).$(notdir $@).cmd
EOF
cat >src/lib/Makefile <<'EOF'
obj-y += one.o \
	two.o
obj-$(CONFIG_XITEST_OFF) += three.o
obj-y += dup1.o dup2.o
ifeq ($(CONFIG_XITEST_OFF),y)
obj-y += four.o
endif
EOF
for n in one two three four dup1 dup2; do
	cat >src/lib/$n.c <<-EOF
	#define EXPORT_SYMBOL(s) __attribute__((used)) static const int __ksymtab_##s = 1
	int xa_$n(int x);
	int xa_$n(int x) { return x + 1; }
	EXPORT_SYMBOL(xa_$n);
	EOF
done
echo '#SYMVER xa_one 0x00000001' >src/lib/one.symver
echo '#SYMVER xa_two 0x00000099' >src/lib/two.symver
echo '#SYMVER xa_three 0x00000003' >src/lib/three.symver
echo '#SYMVER xa_four 0x00000004' >src/lib/four.symver
# xa_dup: exported by two built-in files (an arch and a generic version).
for n in dup1 dup2; do
	sed -i "s/xa_$n/xa_dup/g" src/lib/$n.c
	echo '#SYMVER xa_dup 0x00000005' >src/lib/$n.symver
done
# xa_five: exported by lib/five_impl.h, which lib/five.c includes (as
# kernel/rcu/tree_plugin.h); xa_six and xa_seven: made and exported by a
# macro of lib/six.c (as kernel/params.c's param_set_int); xa_asm: exported
# by an assembly file (no body); xa_eight: in Module.symvers, no site.
printf 'int xa_five(int x) { return x + 5; }\nEXPORT_SYMBOL(xa_five);\n' >src/lib/five_impl.h
printf '#define EXPORT_SYMBOL(s) KSYM\nint xa_five(int x);\n#include "five_impl.h"\n#include "nine.c"\n' >src/lib/five.c
# xa_nine: exported by lib/nine.c, which no Makefile names: lib/five.c
# includes it (as kernel/sched/build_utility.c includes wait.c).
printf 'int xa_nine(int x);\nint xa_nine(int x) { return x + 9; }\nEXPORT_SYMBOL(xa_nine);\n' >src/lib/nine.c
printf '#define EXPORT_SYMBOL(s) KSYM\n#define DEF(n, k) \\\n\tint xa_##n(int x); \\\n\tint xa_##n(int x) { return x + k; } \\\n\tEXPORT_SYMBOL(xa_##n);\nDEF(six, 6)\nDEF(seven, 7)\n' >src/lib/six.c
sed -i 's/KSYM/__attribute__((used)) static const int __ksymtab_##s = 1/' src/lib/five.c src/lib/six.c
printf 'SYM_FUNC_START(xa_asm)\n\tret\nSYM_FUNC_END(xa_asm)\nEXPORT_SYMBOL(xa_asm)\n' >src/lib/asm.S
printf '#SYMVER xa_five 0x00000006\n#SYMVER xa_nine 0x0000000b\n' >src/lib/five.symver
printf '#SYMVER xa_six 0x00000007\n#SYMVER xa_seven 0x0000000a\n' >src/lib/six.symver
echo 'obj-y += five.o six.o' >>src/lib/Makefile
cat >kdir/.config <<EOF
CONFIG_X86=y
CONFIG_MODVERSIONS=y
CONFIG_CC_VERSION_TEXT="$ccline"
EOF
for n in one:1 two:2 three:3 four:4 dup:5 five:6 six:7 asm:8 eight:9 nine:b; do
	printf '0x0000000%s\txa_%s\tvmlinux\tEXPORT_SYMBOL\t\n' "${n#*:}" "${n%:*}"
done >kdir/Module.symvers
echo '#define UTS_RELEASE "9.8.7-xitest"' >kdir/include/generated/utsrelease.h
echo '9.8.7' >kdir/include/config/kernel.release
printf 'int xa_one(int), xa_two(int), xa_three(int), xa_four(int), xa_dup(int), xa_five(int), xa_six(int), xa_asm(int), xa_eight(int), xa_nine(int);\nint f(int x) { return xa_one(x) + xa_two(x) + xa_three(x) + xa_four(x) + xa_dup(x) + xa_five(x) + xa_six(x) + xa_asm(x) + xa_eight(x) + xa_nine(x); }\n' >mod.c
$cc -O2 -c mod.c -o mod.o || { echo "FAIL: kernel-db: compile the fake module"; exit 0; }

# kdb NAME ARGS...: runs the script on the fake kernel (work dir NAME).
kdb() {
	local n=$1
	shift
	bash "$script" -x "$xi" -w "$w/$n" --installed-config "$w/kdir/.config" "$@" >"$w/$n.log" 2>"$w/$n.out"
}
ok() { echo "PASS: kernel-db: $*"; }
bad() { echo "FAIL: kernel-db: $*"; cat "$w/$last.log" "$w/$last.out" 2>/dev/null | sed 's/^/  /'; }
# refused NAME MESSAGE-RE ARGS...: the script fails with one line matching RE.
refused() {
	local n=$1 re=$2
	shift 2
	last=$n
	if kdb "$n" "$@"; then
		bad "$n: refused (it succeeded)"
	elif [ "$(wc -l <"$w/$n.out")" = 1 ] && grep -qE -e "$re" "$w/$n.out"; then
		ok "$n: refused with its message"
		sed 's/^/  /' "$w/$n.out"
	else
		bad "$n: refused with one message matching '$re'"
	fi
}

# ---- the DB --------------------------------------------------------------------
last=db
if kdb db --source src --build kdir --install --for mod.o; then
	ok "builds the DB of the fake kernel"
else
	bad "builds the DB of the fake kernel"
fi
names=$("$xi/tools/xinline-db" list db/xinline-vmlinux.xdb 2>/dev/null | awk '{ print $1 }' | sort | paste -sd' ')
[ "$names" = "xa_five xa_nine xa_one xa_seven xa_six" ] &&
	ok "the DB holds xa_one, xa_five (a header's export), xa_nine (an included C file's), xa_six and xa_seven (a macro's)" ||
	bad "the DB holds xa_one, xa_five, xa_nine, xa_six and xa_seven (it holds: $names)"
grep -qx 'lib/six.o' db/candidates.txt && ! grep -qx 'lib/one.o' db/candidates.txt &&
	ok "lib/six.c (exports in a macro) compiled as a candidate for the unresolved exports" || bad "lib/six.c compiled as a candidate"
# gap CLASS-LINE: gaps.txt says why an export has no body.
gap() { grep -qxF "$1" db/gaps.txt && ok "gaps.txt: $1" || bad "gaps.txt: $1"; }
gap 'xa_asm: assembly: lib/asm.S'
gap 'xa_eight: no-definition: no export site in a C file, a header it includes, an assembly file or a compiled macro file'
gap 'xa_two: crc: lib/two.o dropped, a CRC differs from Module.symvers'
gap 'xa_three: not-built-in: lib/three.c is not built into vmlinux by this config'
gap 'xa_dup: two-definitions: lib/dup1.o lib/dup2.o'
[ "$(wc -l <db/gaps.txt)" = 6 ] && ok "gaps.txt: the 6 wanted exports without a body" || bad "gaps.txt: 6 lines"
grep -q '^lib/three.c$' db/not-builtin.txt && ok "lib/three.c: not built into vmlinux (obj-\$(CONFIG_XITEST_OFF), not y)" ||
	bad "lib/three.c: not built into vmlinux"
grep -q '^lib/four.c$' db/not-builtin.txt && ok "lib/four.c: not built into vmlinux (in ifeq (\$(CONFIG_XITEST_OFF),y))" ||
	bad "lib/four.c: not built into vmlinux"
grep -q '1 objects dropped for a different CRC' db/kernel-db.txt && grep -q 'lib/two.o: xa_two 0x00000099 (installed 0x00000002)' db/kernel-db.txt &&
	ok "lib/two.o dropped: the CRC of xa_two differs from Module.symvers" || bad "lib/two.o dropped for its CRC"
grep -q '^xa_dup: lib/dup1.o lib/dup2.o$' db/ambiguous.txt && ok "xa_dup, defined by lib/dup1.o and lib/dup2.o: both left out" ||
	bad "xa_dup, defined by two objects: both left out"
cmp -s db/xinline-vmlinux.xdb kdir/xinline-vmlinux.xdb && ok "--install: kdir/xinline-vmlinux.xdb" || bad "--install"
grep -q -- '-fplugin-arg-xinline-export=xa_dup,xa_eight,xa_five,xa_four,xa_nine,xa_one,xa_six,xa_three,xa_two -fplugin-arg-xinline-export-auto=30' db/obj/lib/.one.o.cmd &&
	ok "the export flags: the wanted exports by name, export-auto=30" || bad "the export flags"
# Determinism: a second run (objects recompiled) makes the same DB.
rm -rf db/obj/lib
last=db
kdb db --source src --build kdir --for mod.o && cmp -s db/xinline-vmlinux.xdb kdir/xinline-vmlinux.xdb &&
	ok "a second run makes a byte-identical DB" || bad "a second run makes a byte-identical DB"

# ---- objects of another plugin build ---------------------------------------------
# Two objects of the work tree this run does not list, as another run (another
# --for list) leaves them: lib/foreign.o compiled with the export flags,
# lib/plain.o without.  A run with the same plugin keeps both; a run with a
# plugin of another checksum removes every object exported by the old one,
# listed or not, and keeps the others.
plant() {
	printf 'fake object %s\n' "$1" >db/obj/lib/$1.o
	printf 'cmd_lib/%s.o := %s -O2 %s\n' "$1" "$cc" "$2" >db/obj/lib/.$1.o.cmd
}
plant foreign "$(grep -o -- '-fplugin=[^ ]* -fplugin-arg-xinline-export=[^ ]*' db/obj/lib/.one.o.cmd)"
plant plain "-fno-common"
cp db/obj/lib/plain.o db/obj/lib/.plain.o.cmd db/
last=db
kdb db --source src --build kdir --for mod.o && cmp -s db/xinline-vmlinux.xdb kdir/xinline-vmlinux.xdb &&
	ok "same plugin: a run makes the same DB" || bad "same plugin: a run makes the same DB"
[ -f db/obj/lib/foreign.o ] && [ -f db/obj/lib/plain.o ] &&
	ok "same plugin: no object removed (lib/foreign.o, exported by it, kept)" || bad "same plugin: no object removed"
# xi2: the build tree with a plugin of another checksum (the same plugin,
# bytes appended).
mkdir -p xi2/plugin xi2/tools
cat "$xi/plugin/xinline.so" >xi2/plugin/xinline.so && echo other-build >>xi2/plugin/xinline.so
ln -s "$xi/tools/xinline-db" xi2/tools/xinline-db
last=db
# (kdb's own -x comes first: the later -x wins)
kdb db --source src --build kdir --for mod.o -x "$w/xi2" && cmp -s db/xinline-vmlinux.xdb kdir/xinline-vmlinux.xdb &&
	ok "another plugin: a run makes the same DB" || bad "another plugin: a run makes the same DB"
[ ! -e db/obj/lib/foreign.o ] &&
	ok "another plugin: lib/foreign.o (export flags, not listed by this run) removed" ||
	bad "another plugin: lib/foreign.o (export flags, not listed by this run) removed"
cmp -s db/obj/lib/plain.o db/plain.o && cmp -s db/obj/lib/.plain.o.cmd db/.plain.o.cmd &&
	ok "another plugin: lib/plain.o (no export flags) untouched" || bad "another plugin: lib/plain.o (no export flags) untouched"
[ "$(cat db/obj/.xinline-plugin)" = "$(sha1sum xi2/plugin/xinline.so | cut -c1-40)" ] &&
	ok "another plugin: its checksum recorded" || bad "another plugin: its checksum recorded"
grep -q -- "-fplugin=$w/xi2/plugin/xinline.so " db/obj/lib/.one.o.cmd &&
	ok "another plugin: lib/one.o (listed) compiled with it" || bad "another plugin: lib/one.o (listed) compiled with it"

# ---- refusals -------------------------------------------------------------------
refused no-source 'no kernel source: give --source' --build kdir
refused no-kdir 'is not a kernel build directory' --source src --build "$w/nonexistent"
refused for-missing "no such module '$w/missing.ko'" --source src --build kdir --for "$w/missing.ko"
refused bad-auto "--auto needs a number" --source src --build kdir --auto x
refused bad-arg "unknown argument '--frobnicate' \\(see --help\\)" --source src --build kdir --frobnicate
refused for-empty "--for needs at least one module" --source src --build kdir --for
cp -r src src-other && sed -i 's/^SUBLEVEL = 7/SUBLEVEL = 6/' src-other/Makefile
refused version 'the source src-other is Linux 9.8.6 but the kernel of .* is 9.8.7 \(9.8.7-xitest\)' --source src-other --build kdir
grep -v CONFIG_MODVERSIONS kdir/.config >other.config
refused config "is not the installed kernel's config $w/other.config \(1 lines differ\)" --source src --build kdir --installed-config "$w/other.config"
cp -r src src-kconfig && echo 'CONFIG_XITEST_NEW=y' >src-kconfig/.kconfig-adds
refused kconfig 'Kconfig changes the installed config with this compiler \(> CONFIG_XITEST_NEW=y\)' --source src-kconfig --build kdir
printf '#!/bin/sh\necho "gcc-99 (Other) 99.0.0"\n' >othercc && chmod +x othercc
refused compiler "othercc is \"gcc-99 \\(Other\\) 99.0.0\" but the kernel was built by" --source src --build kdir --cc "$w/othercc"
refused no-compiler 'but nonexistent-gcc-99 is not installed' --source src --build kdir --cc nonexistent-gcc-99
cp -r kdir kdir-clang && sed -i 's/^CONFIG_CC_VERSION_TEXT=.*/CONFIG_CC_VERSION_TEXT="Debian clang version 14.0.6"/' kdir-clang/.config
refused clang 'was built by clang .*xinline is a GCC plugin' --source src --build kdir-clang --installed-config kdir-clang/.config
mkdir -p noxi
last=no-plugin
bash "$script" -x "$w/noxi" -w "$w/no-plugin" --installed-config kdir/.config --source src --build kdir >no-plugin.log 2>no-plugin.out &&
	bad "no-plugin: refused" ||
	{ grep -q "no xinline plugin at $w/noxi/plugin/xinline.so" no-plugin.out && ok "no-plugin: refused with its message" || bad "no-plugin: refused with its message"; }
printf 'int g(void);\nint f(void) { return g(); }\n' >none.c && $cc -O2 -c none.c -o none.o
refused nothing 'no object to compile: none of the 0 wanted exports' --source src --build kdir --for none.o
cp -r src src-broken && sed -i 's/return x + [0-9k]*;/return x +;/' src-broken/lib/one.c src-broken/lib/two.c src-broken/lib/five_impl.h src-broken/lib/six.c
refused no-compile 'none of the [0-9]+ objects compiled with its exports kept' --source src-broken --build kdir --for mod.o
# A Debian source package of another version than the headers' (real
# packages; checked before anything is unpacked).
tb=$(ls /usr/src/linux-source-*.tar.xz 2>/dev/null | head -n 1)
if [ -n "$tb" ] && dpkg -S "$tb" >/dev/null 2>&1; then
	sv=$(dpkg-query -W -f '${Version}' "$(dpkg -S "$tb" | cut -d: -f1)")
	for k in /lib/modules/*/build; do
		hv=$(dpkg-query -W -f '${Version}' "$(dpkg -S "$(realpath "$k/Module.symvers")" 2>/dev/null | cut -d: -f1)" 2>/dev/null)
		if [ -n "$hv" ] && [ "$hv" != "$sv" ]; then
			refused package "the source is linux-source-[0-9.]+ $sv but the build directory is linux-headers-.* $hv" --source "$tb" --build "$k" --unpack
			break
		fi
	done
fi
exit 0
