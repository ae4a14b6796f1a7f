/* Flavours: where the DB has both flavours of a helper (code compiled both
   ways, like rust/helpers), a module takes the module flavour even when
   the built-in one would be module-safe.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-both-provider.c" } */
/* { dg-xinline-provider "bim-both-provider-mod.c" "-DMODULE" } */

int bim_both (int);

int
use (int x)
{
  return bim_both (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_both" } } */
/* { dg-final { scan-assembler "\[^0-9\]1000\\(%" } } */
/* { dg-final { scan-assembler-not "2000" } } */
