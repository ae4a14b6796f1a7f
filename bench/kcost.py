"""kcost.py - the compile cost of kernel units, for bench.py (its "kernel"
part): xiblk.c against its static-inline twin, and the plugin's own share
of a large real kernel unit (drivers/block/loop.c of the installed 6.1
kernel, as `make check-modules' builds it against the vmlinux DB).

bench.py passes itself as B (its ARGS, run, log, emit, table,
instr_count); nothing here times anything: instructions only.
"""
import glob
import os
import re
import shlex
import subprocess

# The static-inline twin of xiblk.c: xiblk_helpers.c's helpers as static
# inline functions in the same unit, as bench/micro's BENCH_STATIC_INLINE
# does for loops.c.  Their export and module-information lines are made
# empty while the helpers are read.
XIBLK_TWIN = """\
/* xiblk.c with the helpers of xiblk_helpers.c as static inline functions:
   the static-inline twin of xiblk.c built with xinline (bench/kcost.py). */
#define __xinline static inline
#include <linux/module.h>
#pragma push_macro("EXPORT_SYMBOL_GPL")
#pragma push_macro("MODULE_DESCRIPTION")
#pragma push_macro("MODULE_LICENSE")
#undef EXPORT_SYMBOL_GPL
#undef MODULE_DESCRIPTION
#undef MODULE_LICENSE
#define EXPORT_SYMBOL_GPL(sym)
#define MODULE_DESCRIPTION(text)
#define MODULE_LICENSE(text)
#include "xiblk_helpers.c"
#pragma pop_macro("EXPORT_SYMBOL_GPL")
#pragma pop_macro("MODULE_DESCRIPTION")
#pragma pop_macro("MODULE_LICENSE")
#include "xiblk.c"
"""

# The plugin's entry points in a consumer (plugin/xinline.c, import.c):
# loading the DB, the per-declaration hook, the import at the start of the
# IPA passes (legality, decisions, building and gimplifying the bodies),
# the report at their end.  None calls another, so callgrind's
# --toggle-collect on each counts their inclusive cost once.  Callgrind
# names C++ functions with their parameter types: hence the "(*".
PLUGIN_ENTRIES = ("plugin_init", "xi_finish_decl(*", "xi_import_start(*", "xi_import_end(*")


def kbuild_argv(d, obj, out_dir, src=None, plugin=None, drop=()):
    """The gcc command Kbuild ran for OBJ in D (from its .cmd file) as an
    argv: its output and dependency file in OUT_DIR, its source SRC if
    given, its -fplugin= PLUGIN if given, arguments starting with one of
    DROP left out."""
    cmdf = os.path.join(d, "." + obj + ".cmd")
    with open(cmdf) as f:
        first = f.readline()
    m = re.match(r"^(?:saved)?cmd_\S+ := (.*)$", first.rstrip("\n"))
    if not m:
        raise SystemExit("bench: cannot read the command in " + cmdf)
    argv = shlex.split(m.group(1).split(" ; ")[0].strip())
    base = os.path.splitext(obj)[0]
    name = "bench-%s-%s" % (os.path.basename(os.path.normpath(d)),
                            os.path.splitext(os.path.basename(src or obj))[0])
    res = []
    for i, a in enumerate(argv):
        if any(a.startswith(p) for p in drop):
            continue
        if a.startswith("-Wp,-MMD,"):
            a = "-Wp,-MMD," + os.path.join(out_dir, name + ".d")
        elif i and argv[i - 1] == "-o":
            a = os.path.join(out_dir, name + ".o")
        elif src and a.endswith("/" + base + ".c"):
            a = src
        elif plugin and a.startswith("-fplugin="):
            a = "-fplugin=" + plugin
        res.append(a)
    return res


def xiblk_twin(d):
    """Writes the static-inline twin of xiblk.c into D (next to xiblk.c)."""
    path = os.path.join(d, "xiblk_si.c")
    with open(path, "w") as f:
        f.write(XIBLK_TWIN)
    return path


def plugin_instr(B, argv, cwd):
    """Instructions inside the plugin's entry points (inclusive) while ARGV
    compiles: callgrind, --toggle-collect on each entry point."""
    vg = ["valgrind", "--tool=callgrind", "--trace-children=yes",
          "--callgrind-out-file=/dev/null"]
    vg += ["--toggle-collect=" + e for e in PLUGIN_ENTRIES]
    if B.LOG:
        B.LOG.write("$ %s%s\n" % ("cd %s && " % cwd if cwd else "", shlex.join(vg + argv)))
    p = subprocess.run(vg + argv, cwd=cwd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    n = [int(x.replace(",", "")) for x in re.findall(r"==\d+== Collected\s*:\s*([\d,]+)", p.stderr)]
    if p.returncode != 0 or not n:
        raise SystemExit("bench: callgrind failed on %s" % shlex.join(argv))
    return sum(n)


def check_modules_dir(B):
    """check-modules' output for the installed 6.1 kernel, or None."""
    for d in sorted(glob.glob(os.path.join(B.ARGS.build, "check-modules", "6.1.*"))):
        if all(os.path.exists(os.path.join(d, fl, ".loop.o.cmd")) for fl in ("plain", "xinline")):
            return d
    return None


def loop_share(B):
    """The plugin's share of compiling drivers/block/loop.c against the
    vmlinux DB: {plain, xinline, plugin, kver} instructions, or the reason
    it was not measured."""
    cm = check_modules_dir(B)
    if cm is None:
        return "no check-modules output for a 6.1 kernel in %s (run `make check-modules " \
               "KVERS=6.1 XI_BOOT=0' first)" % os.path.join(B.ARGS.build, "check-modules")
    out = os.path.join(B.ARGS.out, "kernel", "loop")
    os.makedirs(out, exist_ok=True)
    kdir = os.path.join(cm, "kdir")
    pa = kbuild_argv(os.path.join(cm, "plain"), "loop.o", out)
    xa = kbuild_argv(os.path.join(cm, "xinline"), "loop.o", out, plugin=B.ARGS.plugin,
                     drop=("-fplugin-arg-xinline-report=",))
    B.run(pa, kdir)
    B.run(xa, kdir)
    res = {"kver": os.path.basename(cm),
           "plain": B.instr_count(pa, kdir), "xinline": B.instr_count(xa, kdir),
           "plugin": plugin_instr(B, xa, kdir)}
    # What the report says was inlined (check-modules' own run).
    rep = os.path.join(cm, "xinline", "report.json")
    if os.path.exists(rep):
        text = open(rep).read()
        res["inlined"] = len(re.findall(r'"inlined"\s*:\s*true', text))
        res["sites"] = len(re.findall(r'"inlined"\s*:', text))
    return res


def emit_goals(B, xiblk, loop):
    """The per-unit goal lines of issue 12 for the kernel units.  XIBLK:
    the instructions of xiblk.c's variants (bench.py; or None);
    LOOP: loop_share's result."""
    B.emit("### Kernel units against static inline")
    B.emit()
    if xiblk:
        r = xiblk["xinline"] / xiblk["static inline"]
        B.emit("xiblk.c (its Kbuild command; the static-inline twin is xiblk.c with "
               "xiblk_helpers.c's 36 helpers `static inline` in the same unit, "
               "`xiblk_si.c`): xinline %s, static inline %s, plain %s instructions: "
               "xinline = **%.3f×** static inline (goal ≤ 1.02×: %s)." % (
                   "{:,}".format(xiblk["xinline"]), "{:,}".format(xiblk["static inline"]),
                   "{:,}".format(xiblk["plain"]), r, "met" if r <= 1.02 else "**not met**"))
        B.emit()
        sv = xiblk["xinline"] - xiblk["xinline, no symvers"]
        B.emit("The module-safety checks against the symvers index (`xinline.xsv`, which the "
               "Kbuild fragment passes): xiblk.c without `-fplugin-arg-xinline-symvers` %s "
               "instructions, %s with it: **%.2f %%** of the unit (goal ≤ 0.5 %%: %s)." % (
                   "{:,}".format(xiblk["xinline, no symvers"]), "{:+,}".format(sv),
                   100.0 * sv / xiblk["xinline"],
                   "met" if sv <= 0.005 * xiblk["xinline"] else "**not met**"))
        B.emit()
    if isinstance(loop, str):
        B.emit("drivers/block/loop.c: not measured: %s." % loop)
        B.emit()
        return
    extra = loop["xinline"] - loop["plain"]
    share = loop["plugin"] / loop["xinline"]
    rows = [["plain (no plugin)", "{:,}".format(loop["plain"]), "1.000×", ""],
             ["xinline (vmlinux DB)", "{:,}".format(loop["xinline"]),
              "%.3f×" % (loop["xinline"] / loop["plain"]), "100 %"],
             ["  of which the plugin's entry points", "{:,}".format(loop["plugin"]), "",
              "%.2f %%" % (100.0 * share)],
             ["  of which GCC on the imported bodies", "{:,}".format(extra - loop["plugin"]), "",
              "%.2f %%" % (100.0 * (extra - loop["plugin"]) / loop["xinline"])]]
    B.emit("drivers/block/loop.c of kernel %s, its Kbuild commands from `make check-modules` "
           "(plain, and importing the vmlinux DB%s); instructions of gcc + cc1 + as "
           "(cachegrind), the plugin's own: callgrind, inclusive cost of %s:" % (
               loop["kver"], ", %d of %d call sites inlined" % (loop["inlined"], loop["sites"])
               if "sites" in loop else "", ", ".join("`%s`" % e for e in PLUGIN_ENTRIES)))
    B.emit()
    B.table(["loop.c", "instructions", "vs plain", "share"], rows)
    B.emit("Goal (≤ 1.02× the same unit with static inline): the plugin's own share, "
           "%.2f %%, bounds what xinline costs over GCC inlining the same bodies from "
           "source: %s." % (100.0 * share, "met" if share <= 0.02 else "**not met**"))
    B.emit()
