/* A writable static local of a static inline callee (WARN_ONCE's flag)
   travels with the helper: the consumer gets its own copy, zero-initialized
   like the header's, and the helper is inlined; a static local of the
   helper itself refuses the helper (one object per program).  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-inline-static-provider.c" } */

#include <stdio.h>

int xi_is_checked (int);
int xi_is_own (int);

int
main (int argc, char **argv)
{
  volatile int neg = -argc;
  (void) argv;
  printf ("%d %d %d\n", xi_is_checked (neg), xi_is_checked (neg),
          xi_is_checked (argc));
  printf ("%d %d\n", xi_is_own (argc), xi_is_own (argc));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_is_checked } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_is_own" } } */
