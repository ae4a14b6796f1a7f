#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# kbuild/rust-kernel.sh - the kernel's `make' with xinline for Rust: on a
# GCC-built kernel with CONFIG_RUST=y, the bodies of rust/helpers go into
# every Rust object (the kernel crate, built-in Rust code, Rust modules
# in-tree and M=) through the LLVM pass plugin, as upstream's
# RUST_INLINE_HELPERS does for Clang-built kernels.
#
#   rust-kernel.sh [MAKE ARGUMENTS...]
#
# Use it in place of `make' in the kernel tree, with the same arguments.
# The one switch is XINLINE_RUST=y (an argument or in the environment);
# without it the script runs `make' with the arguments unchanged, so nothing
# changes.  With it:
#  1. (kernel builds, not M=) the helpers' source is compiled twice with
#     Kbuild's own command for rust/helpers/helpers.o (from .helpers.o.cmd;
#     a fresh tree runs `make prepare' first to have one) plus the
#     exporter: as built-in code, and with -DMODULE as Kbuild compiles
#     module code (the kernel-only flags of scripts/Makefile.lib's
#     modkern_cflags replaced by -DMODULE), into
#     O/rust/xinline/helpers-{builtin,module}.o;
#  2. xinline-db builds one DB of both flavours from them, stored as
#     O/rust/xinline/helpers-HASH.xdb (HASH: of its contents), next to a
#     copy of the plugin named by its hash: the paths are in every rustc
#     command line, so Kbuild's if_changed rebuilds the Rust objects exactly
#     when the DB or the plugin changed;
#  3. make runs with RUSTFLAGS_KERNEL (the kernel crate, built-in Rust code)
#     and RUSTFLAGS_MODULE (modules) extended by
#       -Zllvm-plugins=O/rust/xinline/xinline-llvm-HASH.so
#       '-Cpasses=xinline<db=...;flavour=builtin|module;symvers=...>'
#     first for `vmlinux' (which writes vmlinux.symvers; if Kbuild's
#     command for helpers.o changed meanwhile, steps 1-2 and this are
#     repeated), then for the targets given: modules check module
#     safety against vmlinux.symvers (in-tree) or the kernel's
#     Module.symvers and KBUILD_EXTRA_SYMBOLS (M=), their licence comes
#     from their .modinfo.
#  M= builds use the DB and plugin the kernel was built with (a kernel
#  built without the switch has none: an error says so).
#
# Other variables (arguments or environment), read only when on:
#   XINLINE_BUILD=DIR    xinline build tree (plugin/xinline.so,
#                        plugin/xinline-llvm.so, tools/xinline-db); default:
#                        the directory above this script when it has
#                        plugin/xinline-llvm.so (an in-tree build)
#   XINLINE_REPORT=FILE  JSON lines, one per helper call site, appended to
#                        FILE (docs/LLVM.md); part of the command line too
# Targets that build nothing (clean, *config, help...) run plain.
set -u

die() { echo "rust-kernel.sh: error: $*" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
XINLINE_RUST=${XINLINE_RUST:-}
XINLINE_BUILD=${XINLINE_BUILD:-}
XINLINE_REPORT=${XINLINE_REPORT:-}

# Split the arguments: ours, make's (options and variables) and targets.
margs=() targets=() srcdir=. objdir= extmod= kflags= mflags= extra_sym=
while [ $# -gt 0 ]; do
	a=$1; shift
	case $a in
	XINLINE_RUST=*) XINLINE_RUST=${a#*=}; continue ;;
	XINLINE_BUILD=*) XINLINE_BUILD=${a#*=}; continue ;;
	XINLINE_REPORT=*) XINLINE_REPORT=${a#*=}; continue ;;
	RUSTFLAGS_KERNEL=*) kflags=${a#*=}; continue ;;
	RUSTFLAGS_MODULE=*) mflags=${a#*=}; continue ;;
	-C) srcdir=$1; margs+=("$a" "$1"); shift; continue ;;
	-C*) srcdir=${a#-C} ;;
	--directory=*) srcdir=${a#*=} ;;
	-f|-o|-W|-I) margs+=("$a" "$1"); shift; continue ;;
	-j|-l) if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then margs+=("$a" "$1"); shift; continue; fi ;;
	O=*) objdir=${a#*=} ;;
	M=*|KBUILD_EXTMOD=*) extmod=${a#*=} ;;
	KBUILD_EXTRA_SYMBOLS=*) extra_sym=${a#*=} ;;
	esac
	case $a in
	-*|*=*) margs+=("$a") ;;
	*) targets+=("$a") ;;
	esac
done
[ -n "$kflags" ] && margs+=("RUSTFLAGS_KERNEL=$kflags")
[ -n "$mflags" ] && margs+=("RUSTFLAGS_MODULE=$mflags")

case $XINLINE_RUST in
y) ;;
''|n) exec make "${margs[@]}" "${targets[@]}" ;;
*) die "XINLINE_RUST takes y or n, not '$XINLINE_RUST'" ;;
esac

builds=0
for t in "${targets[@]}"; do
	case $t in
	*clean|*config|help|kernelrelease|kernelversion|image_name|rustavailable|*_install|install) ;;
	*) builds=1 ;;
	esac
done
[ ${#targets[@]} = 0 ] && builds=1
[ $builds = 1 ] || exec make "${margs[@]}" "${targets[@]}"

srcdir=$(cd "$srcdir" 2>/dev/null && pwd) || die "no directory $srcdir (-C)"
objdir=${objdir:-${KBUILD_OUTPUT:-$srcdir}}
case $objdir in /*) ;; *) objdir=$srcdir/$objdir ;; esac
[ -f "$objdir/.config" ] || die "no $objdir/.config: configure the kernel first (make O=... *config)"
grep -qx 'CONFIG_RUST=y' "$objdir/.config" ||
	die "CONFIG_RUST is not set in $objdir/.config: XINLINE_RUST=y only acts on Rust code; enable CONFIG_RUST or drop XINLINE_RUST=y"
xdir=$objdir/rust/xinline
quote() { printf "'%s'" "$1"; }

# The module flags: module safety against symvers files, flavour module.
module_flags() { # PLUGIN DB SYMVERS...
	local so=$1 p="db=$2;flavour=module" s
	shift 2
	for s in "$@"; do p="$p;symvers=$s"; done
	[ -n "$XINLINE_REPORT" ] && p="$p;report=$XINLINE_REPORT"
	printf '%s' "-Zllvm-plugins=$so $(quote "-Cpasses=xinline<$p>")"
}

if [ -n "$XINLINE_REPORT" ]; then
	case $XINLINE_REPORT in /*) ;; *) XINLINE_REPORT=$PWD/$XINLINE_REPORT ;; esac
fi

if [ -n "$extmod" ]; then
	# M=: the kernel's DB and plugin; its Module.symvers and the extra ones.
	db=$(ls "$xdir"/helpers-*.xdb 2>/dev/null | head -n 1)
	plugin=$(ls "$xdir"/xinline-llvm-*.so 2>/dev/null | head -n 1)
	[ -n "$db" ] && [ -n "$plugin" ] ||
		die "the kernel in $objdir was not built with XINLINE_RUST=y (no rust/xinline/helpers-*.xdb): build it with kbuild/rust-kernel.sh XINLINE_RUST=y, or build this module without XINLINE_RUST=y"
	syms=("$objdir/Module.symvers")
	for s in $extra_sym; do syms+=("$(cd "$(dirname "$s")" && pwd)/$(basename "$s")"); done
	exec make "${margs[@]}" \
		"RUSTFLAGS_MODULE=${mflags:+$mflags }$(module_flags "$plugin" "$db" "${syms[@]}")" \
		"${targets[@]}"
fi

# ---- the kernel: tools, the exported helpers, the DB ------------------------
if [ -z "$XINLINE_BUILD" ] && [ -f "$here/../plugin/xinline-llvm.so" ]; then
	XINLINE_BUILD=$here/..
fi
[ -n "$XINLINE_BUILD" ] || die "set XINLINE_BUILD=DIR, an xinline build tree (configure found LLVM: plugin/xinline-llvm.so)"
XINLINE_BUILD=$(cd "$XINLINE_BUILD" 2>/dev/null && pwd) || die "no directory XINLINE_BUILD=$XINLINE_BUILD"
gccplug=$XINLINE_BUILD/plugin/xinline.so
llvmplug=$XINLINE_BUILD/plugin/xinline-llvm.so
dbtool=$XINLINE_BUILD/tools/xinline-db
for f in "$gccplug" "$llvmplug" "$dbtool"; do
	[ -f "$f" ] || die "no $f: build xinline in XINLINE_BUILD=$XINLINE_BUILD (the LLVM plugin needs configure to find llvm-config of rustc's LLVM)"
done

mkdir -p "$xdir"
cmdfile=$objdir/rust/helpers/.helpers.o.cmd
dead=$(grep -qx 'CONFIG_LD_DEAD_CODE_DATA_ELIMINATION=y' "$objdir/.config" && echo y)
kcmd() { sed -n 's/^savedcmd_rust\/helpers\/helpers.o := //p' "$cmdfile" 2>/dev/null; }

# Kbuild's command for helpers.o (words[], src), as FLAVOUR (builtin|module),
# with the exporter, writing OUT.
export_helpers() { # FLAVOUR OUT
	local w out=() skip= fs= ds= i
	for w in "${words[@]}"; do
		if [ -n "$skip" ]; then skip=; continue; fi
		case $w in
		-Wp,-MMD,*) continue ;;
		-o) skip=y; continue ;;
		esac
		if [ "$1" = module ]; then
			case $w in
			-DKBUILD_MODFILE=*) continue ;;
			esac
		fi
		out+=("$w")
	done
	if [ "$1" = module ] && [ "$dead" = y ]; then
		# KBUILD_CFLAGS_KERNEL: the last -ffunction-sections -fdata-sections.
		for ((i = ${#out[@]} - 1; i >= 0; i--)); do
			case ${out[i]} in
			-ffunction-sections) [ -z "$fs" ] && fs=$i ;;
			-fdata-sections) [ -z "$ds" ] && ds=$i ;;
			esac
		done
		[ -n "$fs" ] && unset 'out[fs]'
		[ -n "$ds" ] && unset 'out[ds]'
	fi
	[ "$1" = module ] && out+=(-DMODULE)
	(cd "$objdir" && "${out[@]}" -fplugin="$gccplug" -fplugin-arg-xinline-export \
		-o "$2" "$src") || die "exporting the $1 flavour of $src failed (the command above); is $gccplug built for the kernel's GCC?"
}

# Content-named copies: keep ONE DB and ONE plugin, replaced only when their
# contents change.
install_hashed() { # FILE PREFIX SUFFIX -> prints the path
	local h dst f
	h=$(sha256sum <"$1" | cut -c1-16)
	dst=$xdir/$2-$h$3
	for f in "$xdir/$2"-*"$3"; do
		[ -e "$f" ] && [ "$f" != "$dst" ] && rm -f "$f"
	done
	[ -f "$dst" ] || cp "$1" "$dst"
	echo "$dst"
}

# One round: export both flavours with Kbuild's current command for
# helpers.o (remembered in exported), build and install the DB, set kvar and
# mvar (RUSTFLAGS_KERNEL and RUSTFLAGS_MODULE).
export_round() {
	local cmd p
	src=$(sed -n 's/^source_rust\/helpers\/helpers.o := //p' "$cmdfile")
	cmd=$(kcmd)
	[ -n "$src" ] && [ -n "$cmd" ] || die "$cmdfile has no command for rust/helpers/helpers.o"
	exported=$cmd
	cmd=${cmd%%"$src"*}
	eval "words=( $cmd )"
	export_helpers builtin "$xdir/helpers-builtin.o"
	export_helpers module "$xdir/helpers-module.o"
	"$dbtool" build -o "$xdir/helpers.xdb.tmp" "$xdir/helpers-builtin.o" "$xdir/helpers-module.o" ||
		die "xinline-db build of the helpers failed"
	db=$(install_hashed "$xdir/helpers.xdb.tmp" helpers .xdb)
	rm -f "$xdir/helpers.xdb.tmp"
	plugin=$(install_hashed "$llvmplug" xinline-llvm .so)
	echo "rust-kernel.sh: XINLINE_RUST=y: helpers DB $db, plugin $plugin"
	p="db=$db;flavour=builtin"
	[ -n "$XINLINE_REPORT" ] && p="$p;report=$XINLINE_REPORT"
	kvar="RUSTFLAGS_KERNEL=${kflags:+$kflags }-Zllvm-plugins=$plugin $(quote "-Cpasses=xinline<$p>")"
	mvar="RUSTFLAGS_MODULE=${mflags:+$mflags }$(module_flags "$plugin" "$db" "$objdir/vmlinux.symvers")"
}

# The helpers are exported with the command Kbuild last used for helpers.o.
# A fresh tree has none: `make prepare' makes it (in 6.12 prepare builds
# the whole rust/ directory, so the crates are built once without the
# plugin, then again).  If Kbuild's command changes in `make vmlinux' (a
# new config), the round is repeated, so the DB always comes from the
# command that built the kernel's helpers.o.
if [ -z "$(kcmd)" ]; then
	make "${margs[@]}" prepare || exit
fi
export_round
make "${margs[@]}" "$kvar" "$mvar" vmlinux || exit
if [ "$(kcmd)" != "$exported" ]; then
	echo "rust-kernel.sh: Kbuild's command for rust/helpers/helpers.o changed: exporting again"
	export_round
	make "${margs[@]}" "$kvar" "$mvar" vmlinux || exit
fi
exec make "${margs[@]}" "$kvar" "$mvar" "${targets[@]}"
