/* Copies of static functions of the provider's file: blo_* call functions
   with internal linkage of bim-local-provider.c, exported with them as
   file-local entries; a module imports the helpers with module-local
   copies of those statics.  blc_mix's loops (over 30 IR statements; the
   provider's function splitting may have made them blc_mix.part.0, a
   static too) are emitted once as blc_mix[.part.0].local.HASH.xinline and
   called; blc_twice and blc_small are inlined.  Nothing refers to a file-local key itself (it would be
   undefined), and a copy's unreachable end is no -Wreturn-type error.
   Run, compared with the plain build.  */
/* { dg-do run } */
/* { dg-options "-O2 -Werror=return-type -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-local.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-local-provider.c" } */

#include <stdio.h>

int blo_one (int);
int blo_two (int);
int blo_three (int);

volatile int in[] = { -7, 0, 1, 12, 1000, 65537 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++)
    printf ("%d: %d %d %d\n", in[i], blo_one (in[i]), blo_two (in[i]),
            blo_three (in[i]));
  return 0;
}

/* { dg-final { scan-assembler "(^|\[^.a-z0-9_\])blc_mix(\\.part\\.\[0-9\]+)?\\.local\\.\[0-9a-f\]{16}\\.xinline:" } } */
/* { dg-final { scan-assembler "call\[ \t\]+blc_mix(\\.part\\.\[0-9\]+)?\\.local\\.\[0-9a-f\]{16}\\.xinline" } } */
/* { dg-final { scan-assembler-not "blc_\[a-z.0-9\]+\\.local\\.\[0-9a-f\]{16}(\[^.0-9a-f\]|$)" } } */
/* { dg-final { scan-assembler-not "blc_(twice|small)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+blo_" } } */
