/* Built-in bodies in modules, ftrace: provider and module are compiled
   with the kernel's -pg -mfentry; the body is inlined, so it brings no
   call to __fentry__ of its own (an inlined function is not traced, as
   with any inlining); the module's function keeps its one.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL -pg -mfentry" } */
/* { dg-xinline-provider "bim-provider.c" "-pg -mfentry" } */

int bim_plain (int);
int bim_sc_mod (int);

int
use (int x)
{
  return bim_plain (x) + bim_sc_mod (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_plain" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_sc_mod" } } */
/* { dg-final { scan-assembler-times "call\[ \t\]+\\*?__fentry__" 1 } } */
