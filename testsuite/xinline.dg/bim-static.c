/* Built-in bodies in modules, static symbols: a body that needs a static
   function (or variable) of its file is not exported (a module could not
   link it, nor could any other object): the module's call stays a
   call.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_uses_static (int);
int bim_plain (int);

int
use (int x)
{
  return bim_uses_static (x) + bim_plain (x);
}

/* { dg-final { scan-xinline-db-not-exported bim-provider.xdb bim_uses_static } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_uses_static" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_plain" } } */
/* { dg-final { scan-assembler-not "bim_static_fn" } } */
