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
    binutils >/dev/null
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

if [ -f examples/xiblk/demo.sh ]; then
  echo "== kernel sample driver (examples/xiblk)"
  bash examples/xiblk/demo.sh "$top/build"
fi
