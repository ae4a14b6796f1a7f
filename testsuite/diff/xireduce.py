#!/usr/bin/env python3
# xireduce.py -- set up the reduction of a failing xidiff.py program with
# cvise (Debian: cvise; creduce works the same way).
#
#   xireduce.py --plugin plugin/xinline.so --xinline-db tools/xinline-db \
#       --include SRCDIR/include WORK/own-123 O2-std [--out DIR] [--run]
#
# copies the program's sources into DIR (default WORK/own-123/reduce-O2-std)
# and writes DIR/test.sh, an interestingness test that rebuilds the program
# in that configuration with and without xinline, as xidiff.py does, and
# succeeds while the failure is still there:
#   ice       a compile with the plugin still prints "internal compiler error"
#   mismatch  both build, the reference runs clean under UBSan (so the
#             reduction does not wander into undefined behaviour), and the
#             outputs or exit statuses differ
#   xi-error  the reference builds, the plugin build does not
# The kind is read from the configuration's log (or --kind).  Then
#   cd DIR && cvise test.sh FILES...
# (printed; --run runs it).  csmith programs reduce prog.c only (the
# safe-math provider is fixed); own programs reduce all their files.

import argparse
import os
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from xidiff import FLAGSETS, OWN_WNO, EXPORT_AUTO, CSMITH_INC  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description="prepare a cvise reduction of an xidiff failure")
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--xinline-db", required=True)
    ap.add_argument("--include", required=True)
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--kind", choices=["ice", "mismatch", "xi-error"])
    ap.add_argument("--out")
    ap.add_argument("--run", action="store_true", help="run cvise")
    ap.add_argument("progdir")
    ap.add_argument("config", help="e.g. O2-std, Os-kernel")
    a = ap.parse_args()

    pdir = os.path.abspath(a.progdir)
    level, fs = a.config.split("-", 1)
    level = "-" + level
    cdir = os.path.join(pdir, a.config)
    kind = a.kind
    if not kind:
        if os.path.exists(os.path.join(cdir, "mismatch.txt")):
            kind = "mismatch"
        elif "internal compiler error" in open(os.path.join(cdir, "log.txt")).read():
            kind = "ice"
        else:
            kind = "xi-error"
    out = os.path.abspath(a.out or os.path.join(pdir, "reduce-" + a.config))
    os.makedirs(out, exist_ok=True)
    plugin = os.path.abspath(a.plugin)
    xdb = os.path.abspath(a.xinline_db)
    inc = os.path.abspath(a.include)
    cc = a.cc
    q = shlex.quote
    flags = " ".join([level] + FLAGSETS[fs])
    csmith = os.path.exists(os.path.join(pdir, "prog.c"))
    if csmith:
        shim = os.path.join(os.path.dirname(pdir), "csmith-shim")
        prov = os.path.join(os.path.dirname(pdir), "csmith-prov", a.config)
        shutil.copy(os.path.join(pdir, "prog.c"), out)
        files = ["prog.c"]
        incs = "-I%s -I%s" % (q(shim), CSMITH_INC)
        build = """
$CC $FLAGS $INCS prog.c {prov}/ref.o -o ref.exe >ref.err 2>&1 || exit 1
$CC $FLAGS $INCS -fplugin=$PLUGIN -fchecking -fplugin-arg-xinline-db={prov}/xi.xdb prog.c {prov}/xi.o -o xi.exe >xi.err 2>&1
xi=$?
""".format(prov=q(prov))
        ubsan = "$CC -O0 -fsanitize=undefined -fno-sanitize-recover=all $INCS prog.c {prov}/ref.o -o ub.exe >/dev/null 2>&1 || exit 1".format(prov=q(prov))
    else:
        files = ["common.h", "prov_a.c", "prov_b.c", "main.c"]
        for f in files:
            shutil.copy(os.path.join(pdir, f), out)
        incs = "-I%s -I. %s" % (q(inc), " ".join(OWN_WNO))
        b_imports = "report_b.json" in open(os.path.join(cdir, "log.txt")).read()
        dblevel = "-O1" if level == "-O0" else level
        exp = "-fplugin=$PLUGIN -fchecking -fplugin-arg-xinline-export=xh_* -fplugin-arg-xinline-export-auto=%d" % EXPORT_AUTO
        bimp = "-fplugin-arg-xinline-db=a.xdb" if b_imports else ""
        build = """
$CC $FLAGS $INCS -c prov_a.c -o ref_a.o >ref.err 2>&1 &&
$CC $FLAGS $INCS -c prov_b.c -o ref_b.o >>ref.err 2>&1 &&
$CC $FLAGS $INCS main.c ref_a.o ref_b.o -o ref.exe >>ref.err 2>&1 || exit 1
xi=0
$CC $FLAGS $INCS {exp} -c prov_a.c -o xi_a.o >xi.err 2>&1 || xi=1
$CC {dbl} {fl} $INCS {exp} -c prov_a.c -o db_a.o >>xi.err 2>&1 || xi=1
$XDB build -o a.xdb db_a.o >>xi.err 2>&1 || xi=1
$CC $FLAGS $INCS {exp} {bimp} -c prov_b.c -o xi_b.o >>xi.err 2>&1 || xi=1
$CC {dbl} {fl} $INCS {exp} {bimp} -c prov_b.c -o db_b.o >>xi.err 2>&1 || xi=1
$XDB build -o ab.xdb db_a.o db_b.o >>xi.err 2>&1 || xi=1
$CC $FLAGS $INCS -fplugin=$PLUGIN -fchecking -fplugin-arg-xinline-db=ab.xdb main.c xi_a.o xi_b.o -o xi.exe >>xi.err 2>&1 || xi=1
""".format(exp=exp, bimp=bimp, dbl=dblevel, fl=" ".join(FLAGSETS[fs]))
        ubsan = "$CC -O0 -fsanitize=undefined -fno-sanitize-recover=all $INCS prov_a.c prov_b.c main.c -o ub.exe >/dev/null 2>&1 || exit 1"
    checks = {
        "ice": 'grep -q "internal compiler error" xi.err',
        "xi-error": 'test $xi -ne 0 && ! grep -q "internal compiler error" xi.err',
        "mismatch": """test $xi -eq 0 || exit 1
%s
timeout 10 ./ub.exe >/dev/null 2>ub.err
test $? -eq 124 && exit 1
grep -q "runtime error" ub.err && exit 1
timeout 10 ./ref.exe >ref.out 2>/dev/null; r=$?
test $r -eq 124 && exit 1
timeout 40 ./xi.exe >xi.out 2>/dev/null; x=$?
test $r -ne $x || ! cmp -s ref.out xi.out""" % ubsan,
    }
    with open(os.path.join(out, "test.sh"), "w") as fp:
        fp.write("""#!/bin/bash
# interestingness test written by xireduce.py: %s, %s %s, %s
CC=%s
PLUGIN=%s
XDB=%s
FLAGS=%s
INCS=%s
%s
%s
""" % (pdir, level, fs, kind, q(cc), q(plugin), q(xdb), q(flags), q(incs), build.strip(), checks[kind]))
    os.chmod(os.path.join(out, "test.sh"), 0o755)
    r = subprocess.run(["./test.sh"], cwd=out)
    print("%s: test.sh %s on the original (%s)" % (out, "succeeds" if r.returncode == 0 else "FAILS", kind))
    cmd = ["cvise", "--n", "1", "test.sh"] + files
    print("reduce with: cd %s && %s" % (out, " ".join(cmd)))
    if a.run and r.returncode == 0:
        return subprocess.call(cmd, cwd=out)
    return 0 if r.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
