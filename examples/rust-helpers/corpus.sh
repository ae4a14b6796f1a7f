#!/usr/bin/env bash
# corpus.sh - `make rust-helpers-corpus' for one kernel: the kernel's own
# rust/helpers of that kernel's series, taken from Debian's source package
# (/usr/src/linux-source-SERIES.tar.*), compiled by GCC with the exporter as
# an external module (xrh_helpers.ko) against the kernel's headers, and a
# consumer module generated from the helpers' prototypes (xrh_consumer.ko,
# gen-modules.py) that calls every one; both built with xinline and without.
# Reports helpers found, exported, refused (with reasons) and call sites
# inlined, and checks them against expected-refusals-SERIES.txt like the
# helper corpus (examples/kernel-helpers/kcheck-lib.sh).
#
# The kernel builds these helpers into vmlinux, where they may use symbols
# that are not exported to modules; as a module, the provider then has
# undefined symbols, so modpost runs with KBUILD_MODPOST_WARN=1 and its
# messages are part of the expected list.
#
# Usage: corpus.sh [SRCDIR [BUILDDIR [OUTDIR]]]   (as kernel-helpers/corpus.sh)
# Environment: KVER, GCC_VERSION, JOBS (as kernel-helpers/corpus.sh)
# Ends with "N passed, N failed"; exits non-zero if anything failed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../kernel-helpers/kcheck-lib.sh"
kcheck_args "$here/../.." rust-helpers-corpus "$@"
JOBS=${JOBS:-2}

[ -n "${KVER:-}" ] && [ -d "/lib/modules/$KVER/build" ] ||
	die "KVER names no kernel with /lib/modules/KVER/build"
KDIR=/lib/modules/$KVER/build
series=$(kseries "$KVER")
tarball=$(ls /usr/src/linux-source-"$series".tar.* 2>/dev/null | sort -V | tail -n 1)
[ -n "$tarball" ] ||
	die "no /usr/src/linux-source-$series.tar.* (apt-get install linux-source-$series)"
echo "rust-helpers-corpus: kernel $KVER ($(kconfig_cc "$KDIR")), helpers from $tarball, plugin $PLUGIN"

rm -rf "$OUT"
mkdir -p "$OUT/src" "$OUT/gen"
gccv=()
[ -n "${GCC_VERSION:-}" ] && gccv=(GCC_VERSION="$GCC_VERSION")

# The helper sources: rust/helpers/*.c (6.12) or rust/helpers.c (older).
tar -xf "$tarball" -C "$OUT/src" --strip-components=1 --wildcards \
	'*/rust/helpers/*.c' '*/rust/helpers.c' 2>/dev/null
hdir=$OUT/src/rust/helpers
[ -d "$hdir" ] || [ -f "$hdir.c" ] || die "no rust/helpers in $tarball"
if gen=$(python3 "$here/gen-modules.py" "$hdir" "$OUT/gen"); then
	pass "gen-modules.py: provider and consumer generated from rust/helpers ($gen)"
else
	die "gen-modules.py: provider and consumer generated from rust/helpers"
fi

C_SOURCES=("$here/Kbuild" "$OUT/gen/provider.c" "$OUT/gen/helpers.h" "$OUT/gen/consumer.c")
C_MAKEARGS=(KBUILD_MODPOST_WARN=1)
C_PROV_KO=xrh_helpers.ko
C_CONS_KO=xrh_consumer.ko
C_PROV_RE='rust/helpers[/A-Za-z0-9_]*\.c'
C_CONS_RE='consumer\.c'
C_CONS_SRC=$OUT/gen/consumer.c
C_NHELPERS=$(wc -l <"$OUT/gen/helpers.txt")
C_EXPECTED=$here/expected-refusals-$series.txt

corpus_build xinline
corpus_build plain
corpus_check
