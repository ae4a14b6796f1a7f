/* Module safety: with a GPL module license (from .modinfo) the GPL-only
   export is fine and the helper is inlined.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/fake.symvers" } */
/* { dg-xinline-provider "modsafe-provider.c" "-DMODULE" } */

static const char license[] __attribute__ ((section (".modinfo"), used,
                                            aligned (1)))
  = "license=Dual BSD/GPL";

int ms_gpl (int);

int
use (int x)
{
  return ms_gpl (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+ms_gpl" } } */
/* { dg-final { scan-assembler "gpl_func" } } */
