/* Module-local copies at run time: the consumer (a "module") imports the
   exported helpers with local copies of the unexported functions they
   call, computes what the plain build computes, and calls neither the
   helpers nor the unexported functions (a call left to a copy would be to
   "NAME.xinline").  */
/* { dg-do run } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-copy.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-copy-provider.c" } */
/* { dg-xinline-provider "bim-copy-lib1-provider.c" } */
/* { dg-xinline-provider "bim-copy-lib2-provider.c" } */

#include <stdio.h>

int bc_copy (int);
int bc_copy_two (int);
int bc_copy_deep (int);

volatile int in[] = { -7, 0, 1, 12, 1000 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++)
    printf ("%d: %d %d %d\n", in[i], bc_copy (in[i]), bc_copy_two (in[i]),
            bc_copy_deep (in[i]));
  return 0;
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bc_copy" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bcl_\[a-z0-9_\]*(\[^.a-z0-9_\]|$)" } } */
