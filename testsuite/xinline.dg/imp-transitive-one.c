/* Transitive import within one DB: the exported body of xi_t1_outer calls
   xi_t1_inner (too big for the provider's early inliner).  The consumer
   calls only xi_t1_outer and does not declare xi_t1_inner; both helpers
   are imported and inlined, so the object has no call to either.  Same
   output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-transitive-one-provider.c" } */

#include <stdio.h>

extern unsigned xi_t1_outer (unsigned);

volatile unsigned in[] = { 0, 1, 0x80000000u, 0xffffffffu, 12345 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    printf ("%#x\n", xi_t1_outer (in[i]));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_t1_outer } } */
/* { dg-final { scan-objdump-calls-not xi_t1_inner } } */
