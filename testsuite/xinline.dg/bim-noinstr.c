/* Built-in bodies in modules, noinstr: a noinstr function (in
   .noinstr.text) is never exported (a section), so a module calls it; a
   helper a noinstr function of the module calls is not imported (the
   existing rule, for built-in bodies too).  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_noinstr (int);
int bim_plain (int);       /* { dg-note "not importing 'bim_plain' from '\[^'\]*': it is called from noinstr code in this unit" } */

__attribute__ ((section (".noinstr.text"), noinline)) int
entry_work (int x)
{
  return bim_plain (x);
}

int
use (int x)
{
  return bim_noinstr (x) + entry_work (x);
}

/* { dg-final { scan-xinline-db-not-exported bim-provider.xdb bim_noinstr } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_noinstr" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_plain" } } */
