/* Built-in bodies in modules, alternatives: the module loader applies a
   module's .altinstructions (module_finalize), so the sites are fine;
   every call target in the asm, the replacement's too, must be
   exported.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_alt_ok (int);
int bim_alt_secret (int);  /* { dg-note "not importing 'bim_alt_secret' from '\[^'\]*': it references 'secret_func', which is not exported to modules" } */

int
use (int x)
{
  return bim_alt_ok (x) + bim_alt_secret (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_alt_ok" } } */
/* { dg-final { scan-assembler "\\.altinstructions" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_alt_secret" } } */
