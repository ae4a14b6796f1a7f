/* Built-in bodies in modules, paravirt: a call through the pv_ops table
   (patched in modules too, module_finalize) needs pv_ops exported, as 6.1
   does; another table that is not exported is refused.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_pv_ok (int);
int bim_pv_hidden (int);   /* { dg-note "not importing 'bim_pv_hidden' from '\[^'\]*': it references 'pv_hidden', which is not exported to modules" } */

int
use (int x)
{
  return bim_pv_ok (x) + bim_pv_hidden (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_pv_ok" } } */
/* { dg-final { scan-assembler "call\[ \t\]+\\*\[0-9\]*\\+?pv_ops" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_pv_hidden" } } */
