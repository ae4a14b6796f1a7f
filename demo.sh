#!/usr/bin/env bash
# demo.sh - the main job: set up, build xinline, compile the examples with
# it and print the inlining report.
#   ./demo.sh            (as root on a fresh Debian 12: installs packages)
# Builds in ./build; the example's outputs go to ./build/examples.
set -euo pipefail
top=$(cd "$(dirname "$0")" && pwd)
cd "$top"

if [ "$(id -u)" = 0 ] && [ "${XINLINE_NO_APT:-}" != 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    gcc g++ gcc-12-plugin-dev libgmp-dev dejagnu autoconf automake make \
    binutils linux-headers-amd64 >/dev/null
fi

echo "== building xinline"
[ -x configure ] || ./autogen.sh >/dev/null 2>&1
mkdir -p build
(cd build && { [ -f Makefile ] || ../configure -q; } && make -s -j2 >/dev/null)

echo "== user-space example (examples/user): export, DB, import with report"
mkdir -p build/examples/user
make -s -C build/examples/user -f "$top/examples/user/Makefile" \
  SRC="$top/examples/user" TOP="$top/build" clean run
(cd build/examples/user && "$top/build/tools/xinline-db" list helpers.xdb)

echo "== kernel sample driver (examples/xiblk): xiblk_helpers.ko exports, xiblk.ko imports"
kdir=$(ls -d /lib/modules/*/build 2>/dev/null | sort | tail -n 1 || true)
if [ -z "$kdir" ]; then
  echo "no kernel headers (apt-get install linux-headers-amd64): skipped"
  exit 0
fi
out=$top/build/examples/xiblk
rm -rf "$out"
log=$top/build/examples/xiblk.log
make -s -C examples/xiblk XINLINE_BUILD="$top/build" OUT="$out" \
  XINLINE_REPORT=y XINLINE_VERBOSE=y all > "$log" 2>&1 \
  || { cat "$log"; exit 1; }
notes=$(grep -E "note: xinline: " "$log" | sed -e "s|^$out/xinline/||" \
        -e 's/ note: xinline://' | sort -t: -k1,1 -k2,2n | uniq)
echo "provider xiblk_helpers.c: $(grep -c "exported (" <<<"$notes") helpers exported," \
     "$(grep -c "not exported" <<<"$notes") refused"
grep "not exported" <<<"$notes" || true
echo "consumer xiblk.c, one line per call site:"
grep "call to" <<<"$notes"
for b in plain xinline; do
  n=$(nm -u "$out/$b/xiblk.ko" | grep -c ' xiblk_helper_' || true)
  echo "xiblk.ko ($b build): $n undefined references to helpers"
done
