/* Module safety: a GPL-only export is usable only by a GPL-compatible
   module.  The license comes from the unit's own MODULE_LICENSE string in
   .modinfo (here "Proprietary"), so the GPL-only reference is refused; the
   plain export is fine.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/fake.symvers" } */
/* { dg-xinline-provider "modsafe-provider.c" "-DMODULE" } */

static const char license[] __attribute__ ((section (".modinfo"), used,
                                            aligned (1)))
  = "license=Proprietary";

int ms_ok (int);
int ms_gpl (int);          /* { dg-note "not importing 'ms_gpl' from '\[^'\]*': it references GPL-only 'gpl_func' and the module license is 'Proprietary'" } */

int
use (int x)
{
  return ms_ok (x) + ms_gpl (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+ms_ok" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ms_gpl" } } */
