#!/usr/bin/env bash
# corpus.sh - `make helper-corpus' for one kernel: builds the rust_helper
# corpus (examples/kernel-helpers) against that kernel's headers, with
# xinline and without, and reports (kcheck-lib.sh does the checking):
#   - helpers exported / refused by the provider (xkh_helpers.ko), with each
#     refusal's reason;
#   - call sites to DB helpers inlined / not inlined in the consumer
#     (xkh_consumer.ko), with each reason;
#   - that the refusals, the call sites not inlined and modpost's messages
#     are exactly those of expected-refusals-SERIES.txt;
#   - that xkh_consumer.ko has no undefined reference to, and no call of,
#     any other exported helper (nm, objdump), and objtool is silent.
# each-kernel.sh runs it once per kernel series (6.1, 6.12).
#
# Usage: corpus.sh [SRCDIR [BUILDDIR [OUTDIR]]]
#   SRCDIR    the xinline source tree (default: two levels up from here)
#   BUILDDIR  the xinline build tree: plugin/xinline.so, tools/xinline-db
#             (default: SRCDIR)
#   OUTDIR    where the modules are built (default: BUILDDIR/helper-corpus);
#             emptied first, so every object is rebuilt with the current
#             plugin (Kbuild does not notice a changed plugin by itself when
#             the command line is unchanged)
# Environment:
#   KVER          kernel version (default: the newest /lib/modules/*/build)
#   GCC_VERSION   the GCC the plugin was built for (passed to Kbuild)
#   JOBS          make -j (default 2)
# Ends with "N passed, N failed"; exits non-zero if anything failed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/kcheck-lib.sh"
kcheck_args "$here/../.." helper-corpus "$@"
JOBS=${JOBS:-2}
EX=$SRC/examples/kernel-helpers

if [ -z "${KVER:-}" ]; then
	d=$(ls -d /lib/modules/*/build 2>/dev/null | sort -V | tail -n 1)
	[ -n "$d" ] && KVER=$(basename "$(dirname "$d")")
fi
[ -n "${KVER:-}" ] && [ -d "/lib/modules/$KVER/build" ] ||
	die "no kernel headers in /lib/modules/*/build (apt-get install linux-headers-amd64)"
KDIR=/lib/modules/$KVER/build
echo "helper-corpus: kernel $KVER ($(kconfig_cc "$KDIR")), plugin $PLUGIN"

rm -rf "$OUT"
mkdir -p "$OUT"
gccv=()
[ -n "${GCC_VERSION:-}" ] && gccv=(GCC_VERSION="$GCC_VERSION")

C_SOURCES=("$EX/Kbuild" "$EX/helpers.c" "$EX/helpers.h" "$EX/consumer.c")
C_MAKEARGS=()
C_PROV_KO=xkh_helpers.ko
C_CONS_KO=xkh_consumer.ko
C_PROV_RE='helpers\.c'
C_CONS_RE='consumer\.c'
C_CONS_SRC=$EX/consumer.c
C_NHELPERS=$(grep -c '^EXPORT_SYMBOL_GPL(rust_helper_' "$EX/helpers.c")
C_EXPECTED=$EX/expected-refusals-$(kseries "$KVER").txt

corpus_build xinline
corpus_build plain
corpus_check
