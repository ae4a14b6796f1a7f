#!/usr/bin/env bash
# each-kernel.sh - runs one kernel check script once per installed kernel
# series (6.1 and 6.12 by default) and totals the results.  The make
# targets check-kernel, helper-corpus and rust-helpers-corpus go through it.
#
# Usage: each-kernel.sh [--vmlinuz] [--series "S ..."] SCRIPT SRCDIR BUILDDIR OUTDIR
#   --vmlinuz  a kernel counts as installed only with /boot/vmlinuz-VER too
#              (the booted checks need it)
#   --series   the series looked for when KVERS is not set (default
#              "6.1 6.12")
#   SCRIPT     run as `KVER=VER bash SCRIPT SRCDIR BUILDDIR OUTDIR/VER'; it
#              prints PASS:/FAIL: lines and ends with "N passed, N failed"
# Environment:
#   KVERS      kernel versions (6.12.117+deb12-amd64) or series (6.12), comma-
#              or space-separated.  What KVERS names must be there: a missing
#              one is a failure.  Without KVERS, a series that is not
#              installed is reported and skipped.
#   KVER       one kernel version: the same as KVERS=KVER.
#
# For each series the newest version with /lib/modules/VER/build is taken
# (sort -V), so nothing depends on the Debian ABI number.  Every line of
# SCRIPT is prefixed with its kernel version ("PASS: [VER] ...", "[VER] ...");
# the last line is "N passed, N failed" over all kernels, and the exit status
# is non-zero if anything failed or no kernel was checked.
set -u
export LC_ALL=C

need_vmlinuz=0
series="6.1 6.12"
while [ $# -gt 0 ]; do
	case $1 in
	--vmlinuz) need_vmlinuz=1; shift ;;
	--series) series=$2; shift 2 ;;
	*) break ;;
	esac
done
if [ $# -ne 4 ]; then
	echo "usage: each-kernel.sh [--vmlinuz] [--series \"S ...\"] SCRIPT SRCDIR BUILDDIR OUTDIR" >&2
	exit 2
fi
script=$1 src=$2 bld=$3 out=$4

wanted=${KVERS:-${KVER:-}}
explicit=1
if [ -z "$wanted" ]; then
	wanted=$series
	explicit=0
fi

# installed VER: true if VER has its headers (and its image, with --vmlinuz).
installed() {
	[ -d "/lib/modules/$1/build" ] &&
		{ [ $need_vmlinuz = 0 ] || [ -e "/boot/vmlinuz-$1" ]; }
}

# newest SERIES: the newest installed version of SERIES (6.1 matches
# 6.1.0-56-amd64, not 6.12.x).
newest() {
	local d v best=
	for d in /lib/modules/"$1".*; do
		v=${d#/lib/modules/}
		installed "$v" && best=$(printf '%s\n%s\n' "$best" "$v" | sed '/^$/d' | sort -V | tail -n 1)
	done
	echo "$best"
}

total_pass=0
total_fail=0
checked=0
rm -rf "$out"
mkdir -p "$out"

# run VER: SCRIPT for VER, each line prefixed; adds its counts to the totals.
run() {
	local v=$1 line np=0 nf=1
	while IFS= read -r line; do
		case $line in
		"PASS: "* | "FAIL: "*) echo "${line%%: *}: [$v] ${line#*: }" ;;
		*[0-9]" passed, "*[0-9]" failed")
			np=${line%% passed*}
			nf=${line##*, }
			nf=${nf%% failed}
			echo "[$v] $line"
			;;
		*) echo "[$v] $line" ;;
		esac
	done < <(KVER=$v bash "$script" "$src" "$bld" "$out/$v" 2>&1)
	total_pass=$((total_pass + np))
	total_fail=$((total_fail + nf))
	checked=$((checked + 1))
}

for w in ${wanted//,/ }; do
	if installed "$w"; then
		v=$w
	else
		v=$(newest "$w")
	fi
	what="/lib/modules/VER/build"
	[ $need_vmlinuz = 1 ] && what="$what and /boot/vmlinuz-VER"
	if [ -z "$v" ]; then
		if [ $explicit = 1 ]; then
			echo "FAIL: [$w] no kernel $w with $what"
			total_fail=$((total_fail + 1))
		else
			echo "[$w] no $w kernel with $what is installed: skipped"
		fi
		continue
	fi
	echo "[$v] ---- $(basename "$(dirname "$script")")/$(basename "$script") on $v (series $w)"
	run "$v"
done

if [ $checked -eq 0 ]; then
	echo "FAIL: no kernel checked (install linux-headers-amd64 linux-image-amd64, or name one in KVERS)"
	total_fail=$((total_fail + 1))
fi
echo "$total_pass passed, $total_fail failed"
[ $total_fail -eq 0 ] && [ $checked -gt 0 ]
