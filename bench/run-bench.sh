#!/usr/bin/env bash
# run-bench.sh - `make bench': xinline's benchmarks.
#
# Usage: run-bench.sh [SRCDIR [BUILDDIR [OUTDIR]]]
#   SRCDIR    the xinline source tree (default: one level up from here)
#   BUILDDIR  the xinline build tree with plugin/xinline.so and
#             tools/xinline-db (default: SRCDIR)
#   OUTDIR    where everything is built and logged (default:
#             BUILDDIR/bench-out); the tables go to OUTDIR/results.md
# Environment:
#   CC             the compiler the plugin was built for (default gcc)
#   GCC_VERSION    its version, passed to Kbuild (optional)
#   BENCH_ONLY     comma-separated parts: micro,compile,kernel,fio,rust
#                  (default: all; "kernel" is the kernel TUs of the compile
#                  part: xiblk.c, and drivers/block/loop.c from the output
#                  of `make check-modules KVERS=6.1 XI_BOOT=0` when it is
#                  there; "fio" the QEMU run; compile needs micro; "rust"
#                  the Rust loops, with RUSTC and LLVM_BINDIR as configure
#                  found them)
#   BENCH_QUICK    1: fewer repetitions, to try the script out
#   BENCH_INSTALL  0: never apt-get install missing packages (default: do,
#                  when root)
# Needs Debian packages valgrind, hyperfine (optional: without it the wall
# times use the script's own loop), python3, binutils; for the kernel parts
# linux-headers-amd64, and for fio also linux-image-amd64, qemu-system-x86,
# busybox-static, fio, cpio.  Installed with apt-get when missing and run
# as root.
set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "${1:-$here/..}" && pwd)
BLD=$(cd "${2:-$SRC}" && pwd)
OUT=${3:-$BLD/bench-out}
ONLY=${BENCH_ONLY:-micro,compile,kernel,fio,rust}
INSTALL=${BENCH_INSTALL:-1}

[ -f "$BLD/plugin/xinline.so" ] && [ -x "$BLD/tools/xinline-db" ] || {
	echo "bench: build xinline first ($BLD/plugin/xinline.so, $BLD/tools/xinline-db)" >&2
	exit 1
}

has() { case ",$ONLY," in *,"$1",*) return 0 ;; esac; return 1; }

need=()
command -v python3 >/dev/null || need+=(python3)
command -v valgrind >/dev/null || need+=(valgrind)
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v objdump >/dev/null || need+=(binutils)
if has kernel || has fio; then
	ls -d /lib/modules/*/build >/dev/null 2>&1 || need+=(linux-headers-amd64)
fi
if has fio; then
	ls /boot/vmlinuz-* >/dev/null 2>&1 || need+=(linux-image-amd64)
	command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
	{ [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1; } || need+=(busybox-static)
	command -v fio >/dev/null || need+=(fio)
	command -v cpio >/dev/null || need+=(cpio)
fi
if [ ${#need[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && [ "$INSTALL" != 0 ]; then
		echo "bench: installing ${need[*]}" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null ||
			echo "bench: apt-get install ${need[*]} failed; going on with what there is" >&2
	else
		echo "bench: missing Debian packages: ${need[*]} (apt-get install them)" >&2
	fi
fi
command -v python3 >/dev/null && command -v valgrind >/dev/null || {
	echo "bench: python3 and valgrind are required" >&2
	exit 1
}

args=(--src "$SRC" --build "$BLD" --out "$OUT" --only "$ONLY")
[ "${BENCH_QUICK:-0}" = 1 ] && args+=(--quick)
exec python3 "$here/bench.py" "${args[@]}"
