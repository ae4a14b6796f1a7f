#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# kbuild/kernel-db.sh - the vmlinux DB of an installed kernel you did not
# build: the bodies of vmlinux's exported functions, for modules built
# against that kernel's build directory.  Run with --help for the usage.
#
# Steps: check that source, config and compiler are the installed kernel's
# (else refuse with one message); unpack the source if it is a tarball;
# `make prepare' once in an O= directory with the installed .config; find the
# C files with the EXPORT_SYMBOL sites of the wanted vmlinux exports (all of
# Module.symvers' vmlinux exports, or those the --for modules call), in the
# file or in a header of its directory it includes, that Kbuild builds into
# vmlinux with this config, plus, for exports with no such site, the files
# whose exports are made by a macro (their objects say what they export);
# compile only those objects, exporting their helpers; drop every object whose recompiled export CRCs
# (CONFIG_MODVERSIONS) differ from the installed Module.symvers; build the DB
# with `xinline-db build'.
set -u
export LC_ALL=C

me=kernel-db.sh
usage() {
	cat <<'EOF'
Usage: kernel-db.sh [OPTIONS] --source SRC [--build KDIR] [--for MODULE...]

Builds the xinline DB of vmlinux's exported functions for an installed
kernel (e.g. a Debian kernel), from its source package and its build
directory, so that external modules (make M=... with kbuild/xinline.mk)
can inline them.  Only the objects that define the wanted exports are
compiled, with the installed .config and the kernel's own compiler; an
exported body keeps its calls to the other exports of its file
(-fplugin-arg-xinline-export-keep-calls: these objects are never linked).

  -s, --source SRC   the kernel's source: an unpacked tree or a tarball
                     such as /usr/src/linux-source-6.1.tar.xz
  -k, --build KDIR   the installed kernel's build directory (.config,
                     Module.symvers; default /lib/modules/$(uname -r)/build)
  -x, --xinline DIR  an xinline build tree (plugin/xinline.so,
                     tools/xinline-db); default: the installed plugin
                     ($(CC) -print-file-name=plugin) and xinline-db on PATH
  --installed-config FILE
                     the installed kernel's config to compare KDIR/.config
                     with (default /boot/config-RELEASE, when it exists)
  --cc CC            the compiler (default: the one named in the kernel's
                     CONFIG_CC_VERSION_TEXT, e.g. gcc-12)
  --for FILE...      only the exports these modules (.ko or .o) call (the
                     targets of their call and jmp relocations; the other
                     arguments up to the next option); default: every
                     vmlinux export
  --calls FILE       print the symbol of every call/jmp relocation of FILE
                     (a .ko or .o), one a line, and stop: what --for takes
  --auto N           also export every external function of at most N IR
                     statements in the compiled objects (default 30)
  -o, --output FILE  the DB (default WORK/xinline-vmlinux.xdb)
  -w, --work DIR     unpacked source, O= tree and logs (default
                     ./kernel-db-RELEASE); kept for the next run
  --unpack           only unpack the source (a tarball) into WORK/src after
                     the version checks, and stop
  --install          copy the DB to KDIR/xinline-vmlinux.xdb, where
                     kbuild/xinline.mk finds it for every M= module
  -j N               parallel jobs (default 2)
  -h, --help         this text

Refused, with one message, when: the source's VERSION.PATCHLEVEL.SUBLEVEL
is not the build directory's include/config/kernel.release (and, for
Debian packages, the two packages' versions differ); KDIR/.config is not
/boot/config-RELEASE, or Kconfig changes it on this machine (beyond the
symbols that only describe this machine's tools: CONFIG_GCC_PLUGINS, and
the CONFIG_RUSTC_* ones of a kernel without CONFIG_RUST); the
compiler is not the one in CONFIG_CC_VERSION_TEXT or cannot load the plugin.

What is verified (docs: README, "The vmlinux DB of an installed kernel"):
the same source version and package, the same .config, the same compiler;
with CONFIG_MODVERSIONS the CRC of every export of a compiled object equals
the installed Module.symvers' (an object with one difference is dropped
whole).  A CRC covers the exported function's prototype and the types it
reaches, not its body: the body is the source package's, compiled with the
installed config.  Summary in WORK/kernel-db.txt; every wanted export
without a body and why (assembly, not built in, refused by the exporter
and its reason, ...) in WORK/gaps.txt.
EOF
}

die() { echo "$me: $*" >&2; exit 1; }
# calls FILE: the symbol of each call/jmp relocation in FILE, one per site.
calls() {
	objdump -dr --no-show-raw-insn "$1" | awk '
		/^[[:space:]]+[0-9a-f]+:[[:space:]]+R_X86_64_(PLT32|PC32)[[:space:]]/ {
			s = $3; sub(/[-+]0x[0-9a-f]+$/, "", s)
			if (prev ~ /^(call|jmp)/) print s
			next }
		/^[[:space:]]+[0-9a-f]+:/ { prev = $2 }'
}
say() { echo "$me: $*"; }

SRC= KDIR= XI= CC_ARG= BOOTCFG= AUTO=30 OUTPUT= WORK= INSTALL=0 JOBS=2 UNPACK=0
FOR=()
while [ $# -gt 0 ]; do
	case $1 in
	-s|--source) SRC=${2:?}; shift 2 ;;
	-k|--build) KDIR=${2:?}; shift 2 ;;
	-x|--xinline) XI=${2:?}; shift 2 ;;
	--cc) CC_ARG=${2:?}; shift 2 ;;
	--installed-config) BOOTCFG=${2:?}; shift 2 ;;
	--auto) AUTO=${2:?}; shift 2 ;;
	-o|--output) OUTPUT=${2:?}; shift 2 ;;
	-w|--work) WORK=${2:?}; shift 2 ;;
	--install) INSTALL=1; shift ;;
	--unpack) UNPACK=1; shift ;;
	-j) JOBS=${2:?}; shift 2 ;;
	-h|--help) usage; exit 0 ;;
	--calls) [ -f "${2:-}" ] || die "--calls: no such file '${2:-}'"; calls "$2"; exit ;;
	--for)
		shift
		while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do FOR+=("$1"); shift; done
		[ ${#FOR[@]} -gt 0 ] || die "--for needs at least one module (.ko or .o)"
		;;
	*) die "unknown argument '$1' (see --help)" ;;
	esac
done
[ -n "$SRC" ] || die "no kernel source: give --source /usr/src/linux-source-X.Y.tar.xz or an unpacked tree (see --help)"
KDIR=${KDIR:-/lib/modules/$(uname -r)/build}
[ -f "$KDIR/.config" ] && [ -f "$KDIR/Module.symvers" ] ||
	die "$KDIR is not a kernel build directory (it needs .config and Module.symvers; install linux-headers-RELEASE or give --build)"
KDIR=$(cd "$KDIR" && pwd)
case $AUTO in ''|*[!0-9]*) die "--auto needs a number, not '$AUTO'" ;; esac
for f in "${FOR[@]}"; do [ -f "$f" ] || die "--for: no such module '$f'"; done

# ---- what the installed kernel is -------------------------------------------
REL=$(sed -n 's/^#define UTS_RELEASE "\(.*\)"/\1/p' "$KDIR/include/generated/utsrelease.h" 2>/dev/null)
KREL=$(cat "$KDIR/include/config/kernel.release" 2>/dev/null)
[ -n "$REL" ] && [ -n "$KREL" ] || die "$KDIR has no include/generated/utsrelease.h or include/config/kernel.release: not a prepared build directory"
kver=$(echo "$KREL" | grep -oE '^[0-9]+\.[0-9]+\.[0-9]+')
ccline=$(sed -n 's/^CONFIG_CC_VERSION_TEXT="\(.*\)"$/\1/p' "$KDIR/.config")
[ -n "$ccline" ] || die "$KDIR/.config has no CONFIG_CC_VERSION_TEXT"
case $ccline in *clang*) die "this kernel was built by clang ($ccline); xinline is a GCC plugin" ;; esac
WORK=${WORK:-$PWD/kernel-db-$REL}
mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd) || die "cannot create the work directory $WORK"
OUTPUT=${OUTPUT:-$WORK/xinline-vmlinux.xdb}

# ---- the source: same version, same package --------------------------------
# Debian: the source package and the headers package must be one upload.
pkgver() { local p; p=$(dpkg -S "$1" 2>/dev/null | head -n 1 | cut -d: -f1) && [ -n "$p" ] && echo "$p $(dpkg-query -W -f '${Version}' "$p")"; }
if [ -f "$SRC" ] && command -v dpkg >/dev/null; then
	sp=$(pkgver "$(realpath "$SRC")")
	hp=$(pkgver "$(realpath "$KDIR/Module.symvers")")
	if [ -n "$sp" ] && [ -n "$hp" ] && [ "${sp#* }" != "${hp#* }" ]; then
		die "the source is ${sp% *} ${sp#* } but the build directory is ${hp% *} ${hp#* }: use the source package of version ${hp#* }"
	fi
fi

if [ -f "$SRC" ]; then
	tarball=$(realpath "$SRC")
	if [ ! -f "$WORK/src/.unpacked" ] || [ "$(cat "$WORK/src/.unpacked")" != "$tarball $(stat -c %Y "$tarball")" ]; then
		say "unpacking $tarball into $WORK/src"
		rm -rf "$WORK/src" && mkdir -p "$WORK/src" &&
			tar -xf "$tarball" -C "$WORK/src" --strip-components=1 ||
			die "cannot unpack $tarball"
		echo "$tarball $(stat -c %Y "$tarball")" >"$WORK/src/.unpacked"
	fi
	KSRC=$WORK/src
else
	tarball=
	KSRC=$(cd "$SRC" 2>/dev/null && pwd) || die "--source $SRC: no such file or directory"
fi
[ -f "$KSRC/Makefile" ] && grep -q '^PATCHLEVEL' "$KSRC/Makefile" || die "$SRC is not a kernel source tree (no top-level Makefile with VERSION/PATCHLEVEL)"
mkv() { sed -n "s/^$1 = *\([0-9]*\).*/\1/p" "$KSRC/Makefile" | head -n 1; }
sver=$(mkv VERSION).$(mkv PATCHLEVEL).$(mkv SUBLEVEL)
[ "$sver" = "$kver" ] ||
	die "the source $SRC is Linux $sver but the kernel of $KDIR is $KREL ($REL): use that kernel's source (Debian: apt-get install linux-source-$(echo "$kver" | cut -d. -f1,2))"
if [ $UNPACK = 1 ]; then
	say "source unpacked in $KSRC"
	exit 0
fi

# ---- the config: the installed one, unchanged by Kconfig here --------------
cfg_body() { grep -E '^CONFIG_' "$1" | sort; }
# Debian's /boot/config lacks the build-only settings (signing key, salt).
cfg_boot() { cfg_body "$1" | grep -vE '^CONFIG_(BUILD_SALT|MODULE_SIG_ALL|MODULE_SIG_KEY|SYSTEM_TRUSTED_KEYS)='; }
BOOTCFG=${BOOTCFG:-/boot/config-$REL}
if [ -f "$BOOTCFG" ] && ! cmp -s <(cfg_boot "$KDIR/.config") <(cfg_boot "$BOOTCFG"); then
	die "$KDIR/.config is not the installed kernel's config $BOOTCFG ($(diff <(cfg_boot "$KDIR/.config") <(cfg_boot "$BOOTCFG") | grep -c '^[<>]') lines differ): use the build directory of the installed kernel"
fi

# ---- the compiler: the kernel's own ------------------------------------------
CC=${CC_ARG:-${ccline%% *}}
command -v "${CC%% *}" >/dev/null || die "the kernel was built by \"$ccline\" but $CC is not installed (Debian: apt-get install $(echo "${ccline%% *}" | sed 's/^x86_64-linux-gnu-//'))"
ccnow=$(LC_ALL=C $CC --version 2>/dev/null | head -n 1)
[ "${ccnow#* }" = "${ccline#* }" ] ||
	die "$CC is \"$ccnow\" but the kernel was built by \"$ccline\" (CONFIG_CC_VERSION_TEXT): give --cc with that compiler"

if [ -n "$XI" ]; then
	XI=$(cd "$XI" && pwd) || die "--xinline $XI: no such directory"
	PLUGIN=$XI/plugin/xinline.so
	DBTOOL=$XI/tools/xinline-db
else
	PLUGIN=$($CC -print-file-name=plugin)/xinline.so
	DBTOOL=$(command -v xinline-db)
fi
[ -f "$PLUGIN" ] || die "no xinline plugin at $PLUGIN: build xinline with $CC and give --xinline BUILD-TREE"
[ -x "$DBTOOL" ] || die "no xinline-db (${DBTOOL:-not on PATH}): give --xinline BUILD-TREE"
load=$(LC_ALL=C $CC -fplugin="$PLUGIN" -x c -c /dev/null -o /dev/null 2>&1) ||
	die "$CC cannot load $PLUGIN ($load): build xinline with $CC (configure CC=$CC)"

say "kernel $REL (Linux $KREL, \"$ccline\"), source $KSRC, work $WORK"

# ---- make prepare, once ------------------------------------------------------
OBJ=$WORK/obj
KMAKE=(make -C "$KSRC" O="$OBJ" CC="$CC" KERNELRELEASE="$REL" -j"$JOBS")
stamp="$(sha1sum "$KDIR/.config" | cut -c1-40) $CC $KSRC"
if [ "$(cat "$OBJ/.xinline-prepared" 2>/dev/null)" != "$stamp" ]; then
	rm -rf "$OBJ" && mkdir -p "$OBJ" && cp "$KDIR/.config" "$OBJ/.config"
	say "make prepare (log $WORK/prepare.log)"
	"${KMAKE[@]}" prepare >"$WORK/prepare.log" 2>&1 ||
		die "make prepare failed: see $WORK/prepare.log"
	# Kconfig re-evaluates the toolchain: anything it changed would
	# compile other code than the installed kernel's, except what only
	# describes this machine's tools: CONFIG_GCC_PLUGINS (no flag while no
	# plugin option is set) and, without CONFIG_RUST, the Rust tools'.
	probe_re='^[<>] CONFIG_GCC_PLUGINS=y$'
	grep -q '^CONFIG_RUST=y' "$KDIR/.config" ||
		probe_re="$probe_re|^[<>] CONFIG_(RUSTC_[A-Z_]*|BINDGEN_VERSION_TEXT)="
	changed=$(diff <(cfg_body "$KDIR/.config") <(cfg_body "$OBJ/.config") | grep '^[<>]' |
		grep -vE "$probe_re")
	if [ -n "$changed" ] || grep -q '^CONFIG_GCC_PLUGIN_[A-Z_]*=y' "$OBJ/.config"; then
		die "Kconfig changes the installed config with this compiler ($(echo $changed | cut -c1-200)): the objects would not be the installed kernel's"
	fi
	echo "$stamp" >"$OBJ/.xinline-prepared"
fi

# ---- the wanted exports and the files that define them --------------------
awk -F'\t' '$3 == "vmlinux" { print $2 }' "$KDIR/Module.symvers" | sort -u >"$WORK/vmlinux-exports.txt"
if [ ${#FOR[@]} -gt 0 ]; then
	for f in "${FOR[@]}"; do calls "$f"; done | sort -u |
		comm -12 - "$WORK/vmlinux-exports.txt" >"$WORK/wanted.txt"
else
	cp "$WORK/vmlinux-exports.txt" "$WORK/wanted.txt"
fi
# The kernel's architecture directory (arch/x86): other arch/ files are
# never the kernel's.
srcarch=$(sed -n 's/^override ARCH = *//p' "$KDIR/.kernelvariables" 2>/dev/null)
[ -n "$srcarch" ] || { grep -qx 'CONFIG_X86=y' "$KDIR/.config" && srcarch=x86; }
[ -n "$srcarch" ] || die "cannot tell the architecture of $KDIR (no .kernelvariables, not CONFIG_X86)"
# The export sites, indexed once per source tree ("FILE SYMBOL" lines):
# export-sites.txt: every EXPORT_SYMBOL* site of a C file, and of a header
#   of a source directory (kernel/rcu/tree_plugin.h) counted for the C
#   files of that directory that #include it (kernel/rcu/tree.c; and of
#   a C file, the C files that include it: those are in header-sites.txt
#   too);
# asm-sites.txt: those of assembly files (arch/x86/lib/memcpy_64.S);
# macro-files.txt: the C files whose EXPORT_SYMBOL sites are in a macro
#   (`#define ... EXPORT_SYMBOL(param_set_##name)', kernel/params.c): which
#   exports they define only their objects tell (see exports_of).
export_re='EXPORT_SYMBOL(_GPL)?(_NS)?(_GPL)?[[:space:]]*\([[:space:]]*[A-Za-z_][A-Za-z0-9_]*'
# sites EXT DIR...: "FILE SYMBOL" per export site of the *.EXT files.
sites() {
	local ext=$1
	shift
	(cd "$KSRC" && grep -rEo --include="*.$ext" "^[[:space:]]*$export_re" \
		--exclude-dir=tools --exclude-dir=Documentation --exclude-dir=samples \
		--exclude-dir=scripts --exclude-dir=usr --exclude-dir=.git "$@" |
		sed -E 's|^\./||; s|:[[:space:]]*EXPORT_SYMBOL[A-Z_]*[[:space:]]*\([[:space:]]*| |')
}
# (index-version: the index's format, rebuilt when it changes)
if [ "$(cat "$WORK/index-version" 2>/dev/null)" != 2 ] || [ "$KSRC/Makefile" -nt "$WORK/index-version" ]; then
	# include/ holds the EXPORT_* macros themselves, not exports.  A C
	# file can be #included too (kernel/sched/build_utility.c includes
	# wait.c, which Kbuild does not compile on its own).
	# "INCLUDED INCLUDER": the C and header files a C file includes by
	# a name of its own directory.
	(cd "$KSRC" && grep -rEo --include='*.c' '^#[[:space:]]*include[[:space:]]+"[A-Za-z0-9_.-]+\.[ch]"' \
		--exclude-dir=tools --exclude-dir=Documentation --exclude-dir=samples \
		--exclude-dir=scripts --exclude-dir=.git . |
		sed -E 's|^\./||; s|^(.*/)?([^/:]*):#[[:space:]]*include[[:space:]]+"(.*)"$|\1\3 \1\2|' |
		sort -u) >"$WORK/includes.txt"
	{ sites h --exclude-dir=include .; sites c .; } | sort -k1,1 |
		join - "$WORK/includes.txt" | awk '{ print $3, $2 }' | sort -u >"$WORK/header-sites.txt"
	{ sites c . && cat "$WORK/header-sites.txt"; } | sort -u >"$WORK/export-sites.txt"
	sites S . | awk -v a="arch/$srcarch/" '$1 !~ /^arch\// || index($1, a) == 1' | sort -u >"$WORK/asm-sites.txt"
	(cd "$KSRC" && grep -rlE --include='*.c' "$export_re[^)]*(##|\)[[:space:]]*;?[[:space:]]*\\\\\$)" \
		--exclude-dir=tools --exclude-dir=Documentation --exclude-dir=samples \
		--exclude-dir=scripts --exclude-dir=.git . | sed 's|^\./||' | sort -u) >"$WORK/macro-files.txt"
	[ -s "$WORK/macro-files.txt" ] || echo '-' >"$WORK/macro-files.txt"
	echo 2 >"$WORK/index-version"
fi
# config_y SYM: CONFIG_SYM is y (built in).
config_y() { grep -qx "CONFIG_$1=y" "$OBJ/.config"; }
# mk_lines DIR: the logical lines (continuations joined) of DIR's Kbuild
# and Makefile; a line inside ifeq ($(CONFIG_X),y) or ifdef CONFIG_X gets
# " $(CONFIG_X)" appended, one inside any other conditional (else, ifneq,
# ifndef, other tests) " $(CONFIG_XINLINE_UNKNOWN)": never taken as built in.
mk_lines() {
	local mk
	for mk in "$KSRC/$1/Kbuild" "$KSRC/$1/Makefile"; do
		[ -f "$mk" ] && sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' "$mk" | awk '
			function need(   i, r) { r = ""; for (i = 1; i <= n; i++) r = r " " c[i]; return r }
			/^[[:space:]]*ifeq[[:space:]]*\(\$\(CONFIG_[A-Za-z0-9_]+\),[[:space:]]*y\)/ {
				x = $0; sub(/^[^$]*/, "", x); sub(/\).*/, ")", x); c[++n] = x; next }
			/^[[:space:]]*ifdef[[:space:]]+CONFIG_[A-Za-z0-9_]+[[:space:]]*$/ { c[++n] = "$(" $2 ")"; next }
			/^[[:space:]]*if(eq|neq|def|ndef)[[:space:](]/ { c[++n] = "$(CONFIG_XINLINE_UNKNOWN)"; next }
			/^[[:space:]]*else([[:space:]]|$)/ { if (n) c[n] = "$(CONFIG_XINLINE_UNKNOWN)"; next }
			/^[[:space:]]*endif([[:space:]]|$)/ { if (n) n--; next }
			{ print $0 need() }'
	done
}
# builtin DIR NAME.o [DEPTH]: DIR's Makefile/Kbuild names NAME.o in an obj-y
# or lib-y list (obj-$(CONFIG_X) with X=y), or in the list of a composite
# object (NAME-y, NAME-objs, NAME-$(CONFIG_X)) that is itself built in.
# Every $(CONFIG_X) on the line must be y.  (Whether DIR itself is entered
# is not checked: a file of a directory Kbuild does not enter does not
# compile as a single target.)
builtin() {
	local dir=$1 base=$2 depth=${3:-0} line var ok c
	[ "$depth" -lt 4 ] || return 1
	while IFS= read -r line; do
		ok=1
		for c in $(echo "$line" | grep -oE '\$\(CONFIG_[A-Za-z0-9_]+\)' | sed 's/^\$(CONFIG_//; s/)$//'); do
			config_y "$c" || ok=0
		done
		[ $ok = 1 ] || continue
		var=$(echo "$line" | sed -E 's/^[[:space:]]*([a-z0-9_-]+)-(y|objs|\$\(CONFIG_[A-Za-z0-9_]+\)).*/\1/')
		case $var in
		obj|lib) return 0 ;;
		*) [ "$var.o" != "$base" ] && builtin "$dir" "$var.o" $((depth + 1)) && return 0 ;;
		esac
	done < <(mk_lines "$dir" | grep -v '^[[:space:]]*#' | grep -wF "$base" |
		grep -E '^[[:space:]]*[a-z0-9_-]+-(y|objs|\$\(CONFIG_[A-Za-z0-9_]+\))[[:space:]]*[:+]?=')
	return 1
}
# builtin_obj PATH.o: builtin, by PATH.o's own directory or, as
# SUB/NAME.o, by its parent's (lib/zstd's composite objects list
# compress/zstd_compress.o).
builtin_obj() {
	local d b
	d=$(dirname "$1") b=$(basename "$1")
	builtin "$d" "$b" && return 0
	b=$(basename "$d")/$b d=$(dirname "$d")
	[ "$d" != . ] && builtin "$d" "$b"
}
awk -v a="arch/$srcarch/" 'NR == FNR { w[$1] = 1; next }
	($2 in w) && ($1 !~ /^arch\// || index($1, a) == 1) { print }' \
	"$WORK/wanted.txt" "$WORK/export-sites.txt" >"$WORK/wanted-sites.txt"
: >"$WORK/objects.txt"
: >"$WORK/not-builtin.txt"
# to_objects FILE...: each C file built into vmlinux as an object in
# objects.txt, the others in not-builtin.txt.
to_objects() {
	local f
	for f in "$@"; do
		if builtin "$(dirname "$f")" "$(basename "$f" .c).o"; then echo "${f%.c}.o" >>"$WORK/objects.txt"; else echo "$f" >>"$WORK/not-builtin.txt"; fi
	done
}
to_objects $(awk '{ print $1 }' "$WORK/wanted-sites.txt" | sort -u)
# The wanted exports with no site in C or assembly: the built-in macro
# files are compiled too (candidates.txt), kept when they define one.
awk '{ print $2 }' "$WORK/wanted-sites.txt" "$WORK/asm-sites.txt" | sort -u |
	comm -23 "$WORK/wanted.txt" - | grep -v '^__SCT__' >"$WORK/unresolved.txt"
: >"$WORK/candidates.txt"
if [ -s "$WORK/unresolved.txt" ]; then
	n=$(wc -l <"$WORK/objects.txt")
	to_objects $(awk -v a="arch/$srcarch/" '$1 !~ /^arch\// || index($1, a) == 1' "$WORK/macro-files.txt" |
		grep -vxF -f <(sed 's/\.o$/.c/' "$WORK/objects.txt") | grep -vx -- -)
	tail -n +$((n + 1)) "$WORK/objects.txt" >"$WORK/candidates.txt"
fi
nwanted=$(wc -l <"$WORK/wanted.txt")
nsites=$(awk '{ print $2 }' "$WORK/wanted-sites.txt" | sort -u | wc -l)
nobj=$(wc -l <"$WORK/objects.txt")
say "$nwanted wanted vmlinux exports, $nsites with an EXPORT_SYMBOL site in a C file or a header it includes, $(wc -l <"$WORK/unresolved.txt") with none in C or assembly; $nobj objects to compile ($(wc -l <"$WORK/candidates.txt") with exports in macros; $(wc -l <"$WORK/not-builtin.txt") files with such sites not built into vmlinux by this config)"
[ "$nobj" -gt 0 ] || die "no object to compile: none of the $nwanted wanted exports is defined in a C file built into vmlinux"

# ---- compile them, exporting -----------------------------------------------
# The export flags, in one place: the plugin, the wanted exports by name,
# every other external function up to AUTO statements; export-keep-calls:
# an exported body keeps its calls to other exports of its file (what a
# module may call) rather than inlining their internals (which may name
# what only vmlinux can), as these objects are never linked.  Not
# export-only: the objects' symbols (__ksymtab, definitions, CRCs) are
# read below.  export_flags NAMES: an object of another file that only
# the copies' callees NAMES (comma-separated) are exported from, with no
# statement limit and nothing else.
export_flags() {
	local names auto=
	if [ $# -gt 0 ]; then
		names=$1
	else
		names=$({ awk '{ print $2 }' "$WORK/wanted-sites.txt"
			[ -s "$WORK/candidates.txt" ] && cat "$WORK/unresolved.txt"
			cat "$WORK/copy-names.txt"; } | sort -u | paste -sd, -)
		auto=" -fplugin-arg-xinline-export-auto=$AUTO"
	fi
	echo "-fplugin=$PLUGIN -fplugin-arg-xinline-export=$names$auto -fplugin-arg-xinline-export-keep-calls"
}
# Kbuild recompiles an object when its command line changes, not when the
# plugin does: objects exported by another plugin build are removed, every
# one whose command line has the export flags (another run in this tree,
# e.g. another --for list, may have compiled objects this one does not
# list now but needs later).
psum=$(sha1sum "$PLUGIN" | cut -c1-40)
if [ "$(cat "$OBJ/.xinline-plugin" 2>/dev/null)" != "$psum" ]; then
	find "$OBJ" -name '.*.o.cmd' -exec grep -l -e '-fplugin-arg-xinline-export' {} + 2>/dev/null |
		sed -E 's#/\.([^/]*)\.cmd$#/\1#' | xargs -r rm -f
	while read -r o; do rm -f "$OBJ/$o"; done <"$WORK/objects.txt"
	echo "$psum" >"$OBJ/.xinline-plugin"
fi
: >"$WORK/copy-names.txt"
# compile LIST FLAGS LOG: make the objects of LIST with KCFLAGS=FLAGS (-k:
# an object that does not compile is left out, the others go on); prints
# those compiled with the export flags.
compile() {
	xargs -ra"$1" "${KMAKE[@]}" -k KCFLAGS="$2" >"$3" 2>&1
	local o
	while read -r o; do
		[ -f "$OBJ/$o" ] && grep -qs -- '-fplugin-arg-xinline-export' "$OBJ/$(dirname "$o")/.$(basename "$o").cmd" &&
			echo "$o"
	done <"$1"
}
say "compiling $nobj objects (log $WORK/compile.log)"
compile "$WORK/objects.txt" "$(export_flags)" "$WORK/compile.log" >"$WORK/compiled.txt"
# What each compiled object exports, from its own symbols (__ksymtab_NAME
# in 6.1, __export_symbol_NAME in 6.12): "SYMBOL OBJECT" lines.  A
# candidate of a macro file stays only if it defines a wanted export.
while read -r o; do
	nm "$OBJ/$o" | sed -nE "s#^[0-9a-f]* [a-zA-Z] __(ksymtab|export_symbol)_([A-Za-z0-9_]+)\$#\\2 $o#p"
done <"$WORK/compiled.txt" | sort -u >"$WORK/obj-exports.txt"
if [ -s "$WORK/candidates.txt" ]; then
	awk 'NR == FNR { w[$1] = 1; next } ($1 in w) { print $2 }' "$WORK/wanted.txt" "$WORK/obj-exports.txt" |
		sort -u >"$WORK/tmp.used"
	grep -vxF -f "$WORK/tmp.used" "$WORK/candidates.txt" >"$WORK/tmp.unused"
	grep -vxF -f "$WORK/tmp.unused" "$WORK/compiled.txt" >"$WORK/tmp.compiled"
	mv -f "$WORK/tmp.compiled" "$WORK/compiled.txt"
	nobj=$((nobj - $(wc -l <"$WORK/tmp.unused")))
fi
ncomp=$(wc -l <"$WORK/compiled.txt")

# ---- CRCs against the installed Module.symvers -----------------------------
# Each object's exports and CRCs: the "#SYMVER NAME 0xCRC" lines genksyms
# appends to the object's .cmd file (6.1, 6.12).
modversions=0
grep -qx 'CONFIG_MODVERSIONS=y' "$OBJ/.config" && modversions=1
awk -F'\t' '$3 == "vmlinux" { print $2, $1 }' "$KDIR/Module.symvers" | sort -u >"$WORK/installed-crcs.txt"
: >"$WORK/keep.txt"
: >"$WORK/crc-dropped.txt"
ncrc=0
# crc_keep LIST: each object of LIST to keep.txt, or to crc-dropped.txt
# when one of its export CRCs differs from the installed one.
crc_keep() {
	local o bad
	while read -r o; do
		grep -h '^#SYMVER ' "$OBJ/$(dirname "$o")/.$(basename "$o").cmd" 2>/dev/null |
			awk '{ print $2, $3 }' | sort -u >"$WORK/tmp.crcs"
		ncrc=$((ncrc + $(wc -l <"$WORK/tmp.crcs")))
		bad=$(join "$WORK/tmp.crcs" "$WORK/installed-crcs.txt" | awk '$2 != $3 { printf "%s %s (installed %s); ", $1, $2, $3 }')
		if [ $modversions = 1 ] && [ -n "$bad" ]; then
			echo "$o: $bad" >>"$WORK/crc-dropped.txt"
		else
			echo "$o" >>"$WORK/keep.txt"
		fi
	done <"$1"
}
crc_keep "$WORK/compiled.txt"

# One definition per export: an export two kept objects define (a generic
# and an arch version) drops both.
while read -r o; do
	nm --defined-only "$OBJ/$o" | awk -v o="$o" '$2 ~ /^[TW]$/ { print $3, o }'
done <"$WORK/keep.txt" | sort -u | awk 'NR == FNR { w[$1] = 1; next } ($1 in w) { print }' "$WORK/wanted.txt" - |
	awk '{ n[$1]++; l[$1] = l[$1] " " $2 } END { for (s in n) if (n[s] > 1) print s ":" l[s] }' |
	sort >"$WORK/ambiguous.txt"
if [ -s "$WORK/ambiguous.txt" ]; then
	tr ' ' '\n' <"$WORK/ambiguous.txt" | grep '\.o$' | sort -u | grep -vxF -f - "$WORK/keep.txt" >"$WORK/keep.tmp"
	mv -f "$WORK/keep.tmp" "$WORK/keep.txt"
fi

[ -s "$WORK/keep.txt" ] ||
	die "none of the $nobj objects compiled with its exports kept (see $WORK/compile.log, $WORK/crc-dropped.txt): no DB made"

# ---- the DB ------------------------------------------------------------------
db_build() {
	(cd "$OBJ" && xargs -a "$WORK/keep.txt" "$DBTOOL" build -o "$OUTPUT") >"$WORK/db.log" 2>&1 ||
		die "xinline-db build failed: see $WORK/db.log"
	"$DBTOOL" list "$OUTPUT" >"$WORK/db-list.txt"
	awk '{ print $1 }' "$WORK/db-list.txt" | sort -u >"$WORK/db-helpers.txt"
}
db_build

# ---- second round: the callees of module-local copies --------------------------
# A module imports exported A whose built-in body calls B, which vmlinux
# does not export: the importer makes B a module-local copy when the DB has
# B's built-in body (docs/DESIGN.md, "Module-local copies").  The names the
# wanted bodies reach that way, up to the copy depth (12: A calls B calls
# C ... calls M, as the importer's XIR_MS_COPY_DEPTH), and that have no
# body are exported by name: from the kept
# objects that define them (no statement limit, the exporter's own
# refusals stand) or, for a non-static definition in a C file of another
# object built into vmlinux, from that object alone, exporting only those
# names; the same CRC rule; one more round for the new bodies' callees, at
# most 3.  copies.txt: every such name without a body, "NAME: CLASS:
# DETAIL".
# copy_callees: the unexported names the wanted bodies reach through
# copies, without a DB body.
copy_callees() {
	awk -F'\t' 'FILENAME == ARGV[1] { w[$1] = 1; next }
		FILENAME == ARGV[2] { x[$1] = 1; next }
		{ r = $3; sub(/^refs=/, "", r); ref[$1] = r == "-" ? "" : r; db[$1] = 1 }
		END {
			n = 0
			for (s in w) if (s in db) { q[n++] = s; d[s] = 0 }
			for (i = 0; i < n; i++) {
				s = q[i]
				if (d[s] >= 12) continue
				k = split(ref[s], a, ",")
				for (j = 1; j <= k; j++) {
					t = a[j]
					if ((t in x) || (t in d)) continue
					d[t] = d[s] + 1
					if (t in db) q[n++] = t; else print t
				}
			}
		}' "$WORK/wanted.txt" "$WORK/vmlinux-exports.txt" "$WORK/db-list.txt" | sort -u
}
# defining_files NAMES: "FILE NAME" for each C file of this architecture
# with a line that starts a non-static definition of a NAME (the type on
# that line or the one before; a prototype ends in ';').
defining_files() {
	local alt
	alt=$(grep -xE '[A-Za-z_][A-Za-z0-9_]*' "$1" | paste -sd'|' -)
	[ -n "$alt" ] || return 0
	(cd "$KSRC" && grep -rnE --include='*.c' "^([A-Za-z_][A-Za-z0-9_ *]*[ *])?($alt)\\(" \
		--exclude-dir=tools --exclude-dir=Documentation --exclude-dir=samples \
		--exclude-dir=scripts --exclude-dir=usr --exclude-dir=.git . |
		sed 's|^\./||' | grep -vE '^[^:]*:[0-9]+:(static|extern|typedef)[[:space:]]' | grep -vE ';[[:space:]]*$' |
		sed -E "s/^([^:]*):[0-9]+:(.*[ *])?($alt)\\(.*/\\1 \\3/" |
		awk -v a="arch/$srcarch/" '$1 !~ /^arch\// || index($1, a) == 1' | sort -u)
}
# cpu_s: the CPU seconds (user+sys) of this script's finished children.
cpu_s() { awk -v t="$(getconf CLK_TCK)" '{ printf "%d\n", ($16 + $17) / t }' "/proc/$$/stat"; }
cpu0=$(cpu_s)
: >"$WORK/copy-objects.txt"
: >"$WORK/copy-rounds.txt"
: >"$WORK/copy-compile.log"
round=0
while [ $round -lt 3 ]; do
	copy_callees | comm -23 - <(sort "$WORK/copy-names.txt") >"$WORK/tmp.names"
	[ -s "$WORK/tmp.names" ] || break
	round=$((round + 1))
	cat "$WORK/tmp.names" >>"$WORK/copy-names.txt"
	sort -u -o "$WORK/copy-names.txt" "$WORK/copy-names.txt"
	# (a) defined by a kept object: recompiled with the names added.
	while read -r o; do
		nm --defined-only "$OBJ/$o" | awk -v o="$o" '$2 == "T" { print $3, o }'
	done <"$WORK/keep.txt" | sort -u | join - "$WORK/tmp.names" >"$WORK/tmp.ina"
	awk '{ print $2 }' "$WORK/tmp.ina" | sort -u >"$WORK/tmp.objs-a"
	# (b) the rest: a C file of another built-in object.
	awk '{ print $1 }' "$WORK/tmp.ina" | comm -13 - "$WORK/tmp.names" >"$WORK/tmp.rest"
	: >"$WORK/tmp.objs-b"
	if [ -s "$WORK/tmp.rest" ]; then
		defining_files "$WORK/tmp.rest" >"$WORK/tmp.defs"
		while read -r f n; do
			o=${f%.c}.o
			grep -qxF "$o" "$WORK/compiled.txt" "$WORK/copy-objects.txt" && continue
			if builtin_obj "$o"; then echo "$o"; else echo "$n: not-built-in: $f" >>"$WORK/copy-rounds.txt"; fi
		done <"$WORK/tmp.defs" | sort -u >"$WORK/tmp.objs-b"
	fi
	say "round $((round + 1)): $(wc -l <"$WORK/tmp.names") unexported callees of copies without a body; recompiling $(wc -l <"$WORK/tmp.objs-a") kept objects, compiling $(wc -l <"$WORK/tmp.objs-b") others"
	names=$(paste -sd, "$WORK/copy-names.txt")
	{ compile "$WORK/tmp.objs-a" "$(export_flags)" "$WORK/tmp.log-a"
	  cat "$WORK/tmp.log-a" >>"$WORK/copy-compile.log"
	  while read -r o; do rm -f "$OBJ/$o"; done <"$WORK/tmp.objs-b"
	  compile "$WORK/tmp.objs-b" "$(export_flags "$names")" "$WORK/tmp.log-b"
	  cat "$WORK/tmp.log-b" >>"$WORK/copy-compile.log"; } >/dev/null
	# An object of (b) stays when it defines one of the names no other
	# object defines, and its CRCs match.
	while read -r o; do
		nm --defined-only "$OBJ/$o" 2>/dev/null | awk -v o="$o" '$2 == "T" { print $3, o }'
	done <"$WORK/tmp.objs-b" | sort -u | join - "$WORK/tmp.rest" |
		awk '{ n[$1]++; o[$1] = $2 } END { for (s in n) if (n[s] == 1) print o[s]; else print s > "/dev/stderr" }' \
		2>"$WORK/tmp.two" | sort -u >"$WORK/tmp.new"
	sed 's/$/: two-definitions: in two compiled objects, both left out/' "$WORK/tmp.two" >>"$WORK/copy-rounds.txt"
	cat "$WORK/tmp.new" >>"$WORK/copy-objects.txt"
	crc_keep "$WORK/tmp.new"
	db_build
done
# copies.txt: the names asked for and still without a body, and why.
plain_quotes() { sed -e "s/\xe2\x80\x98/'/g" -e "s/\xe2\x80\x99/'/g" "$@"; }
plain_quotes "$WORK/copy-compile.log" | sed -nE "s/^.*note: xinline: '([^']*)' not exported: (.*)$/\1: exporter: \2/p" |
	sort -u -k1,1 >"$WORK/tmp.notes"
comm -23 "$WORK/copy-names.txt" "$WORK/db-helpers.txt" | while read -r n; do
	grep -h -m1 "^$n: " "$WORK/tmp.notes" "$WORK/copy-rounds.txt" | head -n 1 | grep . ||
		echo "$n: no-function: no kept object defines it and no C file starts a non-static definition of it (data, static, or a macro's)"
done >"$WORK/copies.txt"
ncopy=$(comm -12 "$WORK/copy-names.txt" "$WORK/db-helpers.txt" | wc -l)
cpu_round=$(($(cpu_s) - cpu0))
nhave=$(comm -12 "$WORK/wanted.txt" "$WORK/db-helpers.txt" | wc -l)
# gaps.txt: each wanted export without a DB body and why, "SYMBOL: CLASS:
# DETAIL", the class first: trampoline, assembly, no-definition,
# not-built-in, not-compiled, crc, two-definitions, exporter (the
# exporter's note: static references, variadic, section, ...).
plain_quotes "$WORK/compile.log" | sed -nE "s/^.*note: xinline: '([^']*)' not exported: (.*)$/\1 \2/p" |
	sort -u -k1,1 >"$WORK/tmp.notes"
# The tables, each "KEY VALUE": object by export, exporter note, assembly
# and C site by export, dropped objects, the two definitions, the files not
# built in; then the exports without a body.
awk '{ print $2, $1 }' "$WORK/asm-sites.txt" | sort -u -k1,1 >"$WORK/tmp.asm"
awk '{ print $2, $1 }' "$WORK/wanted-sites.txt" | sort -u -k1,1 >"$WORK/tmp.csite"
comm -23 "$WORK/wanted.txt" "$WORK/db-helpers.txt" |
	awk 't < 8 { k = $1; sub(/:$/, "", k); v = $0; sub(/^[^ ]* ?/, "", v); if (!((t, k) in m)) m[t, k] = v; next }
	{
		s = $1
		if (s ~ /^__SCT__/) r = "trampoline: a static-call trampoline (DEFINE_STATIC_CALL), no C body"
		else if ((1, s) in m) {
			o = m[1, s]
			if ((4, o) in m) r = "crc: " o " dropped, a CRC differs from Module.symvers"
			else if ((5, s) in m) r = "two-definitions: " m[5, s]
			else if ((2, s) in m) r = "exporter: " m[2, s] " (" o ")"
			else r = "exporter: not a function, or no body, in " o
		} else if ((3, s) in m) r = "assembly: " m[3, s]
		else if ((6, s) in m) {
			f = m[6, s]; o = f; sub(/\.c$/, ".o", o)
			if ((7, f) in m) r = "not-built-in: " f " is not built into vmlinux by this config"
			else r = "not-compiled: " o " did not compile (compile.log)"
		} else r = "no-definition: no export site in a C file, a header it includes, an assembly file or a compiled macro file"
		print s ": " r
	}' t=1 "$WORK/obj-exports.txt" t=2 "$WORK/tmp.notes" t=3 "$WORK/tmp.asm" t=4 "$WORK/crc-dropped.txt" \
	t=5 "$WORK/ambiguous.txt" t=6 "$WORK/tmp.csite" t=7 "$WORK/not-builtin.txt" t=8 - >"$WORK/gaps.txt"
{
	echo "kernel $REL (Linux $KREL), source $KSRC, compiler \"$ccnow\""
	echo "wanted vmlinux exports: $nwanted; with an EXPORT_SYMBOL site in a C file or a header it includes: $nsites; in assembly: $(awk '{ print $2 }' "$WORK/asm-sites.txt" | sort -u | comm -12 - "$WORK/wanted.txt" | wc -l); defined by a compiled macro file: $(awk 'NR == FNR { c[$1] = 1; next } ($2 in c) { print $1 }' "$WORK/candidates.txt" "$WORK/obj-exports.txt" | sort -u | comm -12 - "$WORK/wanted.txt" | wc -l)"
	echo "objects: $nobj to compile, $ncomp compiled, $(wc -l <"$WORK/keep.txt") in the DB"
	if [ $modversions = 1 ]; then
		echo "CRCs (CONFIG_MODVERSIONS): $ncrc exports of the compiled objects compared with Module.symvers; $(wc -l <"$WORK/crc-dropped.txt") objects dropped for a different CRC"
		sed 's/^/  dropped: /' "$WORK/crc-dropped.txt"
	else
		echo "CRCs: not compared (the kernel has no CONFIG_MODVERSIONS)"
	fi
	[ -s "$WORK/ambiguous.txt" ] && echo "exports defined by two objects (both dropped):" && sed 's/^/  /' "$WORK/ambiguous.txt"
	echo "DB $OUTPUT: $(wc -l <"$WORK/db-helpers.txt") helpers, $nhave of the wanted exports"
	echo "module-local copies' callees ($round rounds after the first): $(wc -l <"$WORK/copy-names.txt") unexported functions the wanted bodies reach without a body, $ncopy now in the DB ($(wc -l <"$WORK/copy-objects.txt") more objects compiled, $cpu_round CPU seconds); left out, by reason (copies.txt):"
	sed -E 's/^[^ ]* ([a-z-]*):.*/\1/' "$WORK/copies.txt" | sort | uniq -c | sort -rn | sed 's/^ */  /'
	echo "wanted exports without a DB body, by reason (gaps.txt):"
	sed -E 's/^[^ ]* ([a-z-]*):.*/\1/' "$WORK/gaps.txt" | sort | uniq -c | sort -rn | sed 's/^ */  /'

} | tee "$WORK/kernel-db.txt"
[ "$ncomp" -eq "$nobj" ] || say "warning: $((nobj - ncomp)) objects did not compile (see $WORK/compile.log); their exports have no body"

if [ $INSTALL = 1 ]; then
	cp "$OUTPUT" "$KDIR/xinline-vmlinux.xdb.tmp" && mv -f "$KDIR/xinline-vmlinux.xdb.tmp" "$KDIR/xinline-vmlinux.xdb" ||
		die "cannot install the DB into $KDIR (run as root?)"
	say "installed $KDIR/xinline-vmlinux.xdb"
fi
exit 0
