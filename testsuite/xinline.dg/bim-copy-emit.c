/* A module-local copy emitted: bcel_big (over 30 IR statements) is left
   to GCC's heuristics, which keep it out of line at its three inlined
   callers, so the module defines the internal function bcel_big.xinline
   (vmlinux's body) and calls it, never bcel_big itself; bcel_small (under
   the bound) is inlined everywhere.  Run, compared with the plain build.  */
/* { dg-do run } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-copy-emit.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-copy-emit-provider.c" } */
/* { dg-xinline-provider "bim-copy-emit-lib-provider.c" } */

#include <stdio.h>

int bce_one (int);
int bce_two (int);
int bce_three (int);

volatile int in[] = { -7, 0, 1, 12, 1000, 65537 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++)
    printf ("%d: %d %d %d\n", in[i], bce_one (in[i]), bce_two (in[i]),
            bce_three (in[i]));
  return 0;
}

/* { dg-final { scan-assembler "(^|\[^.a-z0-9_\])bcel_big\\.xinline:" } } */
/* { dg-final { scan-assembler-not "\\.globl\[ \t\]+bcel_big" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bcel_big\\.xinline" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bcel_big(\[^.a-z0-9_\]|$)" } } */
/* { dg-final { scan-assembler-not "bcel_small" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bce_" } } */
