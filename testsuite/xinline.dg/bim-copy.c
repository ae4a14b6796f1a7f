/* Module-local copies: exported bc_copy's built-in body calls bcl_inner,
   which vmlinux does not export; its built-in body is in the DB and
   module-safe, so the module imports bc_copy and a local copy of
   bcl_inner ("bcl_inner.xinline"), which GCC inlines: the object refers
   to neither.  Copies are shared (bc_copy_two) and nest up to twelve
   levels (bc_copy_deep: bcl_deep1 ... bcl_deep12).  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-copy.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-copy-provider.c" } */
/* { dg-xinline-provider "bim-copy-lib1-provider.c" } */
/* { dg-xinline-provider "bim-copy-lib2-provider.c" } */

int bc_copy (int);
int bc_copy_two (int);
int bc_copy_deep (int);

int
use (int x)
{
  return bc_copy (x) + bc_copy_two (x) + bc_copy_deep (x);
}

/* { dg-final { scan-assembler-not "bc_copy" } } */
/* { dg-final { scan-assembler-not "bcl_" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bcx_func" } } */
