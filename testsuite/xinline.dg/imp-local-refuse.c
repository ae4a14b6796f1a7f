/* A body that calls a function with internal linkage of its provider's
   file (a file-local entry) is imported only into a kernel module, which
   makes a module-local copy: an ordinary C unit refuses it with a note,
   and the calls stay calls.  Run, compared with the plain build.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "bim-local-provider.c" } */

#include <stdio.h>

int blo_one (int);   /* { dg-note "not importing 'blo_one' from '\[^'\]*': it calls 'blc_twice\\.local\\.\[0-9a-f\]{16}', a function with internal linkage in its provider's file: only a module-local copy can provide it" } */
int blo_two (int);   /* { dg-note "not importing 'blo_two' from '\[^'\]*': it calls 'blc_mix\\.local\\.\[0-9a-f\]{16}', a function with internal linkage" } */
int blo_three (int); /* { dg-note "not importing 'blo_three' from '\[^'\]*': it calls 'blc_small\\.local\\.\[0-9a-f\]{16}', a function with internal linkage" } */

volatile int in[] = { -7, 0, 1, 12, 1000, 65537 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++)
    printf ("%d: %d %d %d\n", in[i], blo_one (in[i]), blo_two (in[i]),
            blo_three (in[i]));
  return 0;
}

/* { dg-final { scan-assembler "call\[ \t\]+blo_one" } } */
/* { dg-final { scan-assembler "call\[ \t\]+blo_two" } } */
/* { dg-final { scan-assembler "call\[ \t\]+blo_three" } } */
/* { dg-final { scan-assembler-not "\\.local\\." } } */
