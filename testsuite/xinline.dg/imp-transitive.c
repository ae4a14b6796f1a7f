/* Transitive import: the DB body of xi_tr_outer (provider 2) calls
   xi_tr_top (provider 1), whose body calls xi_tr_mid and xi_tr_leaf.  The
   consumer calls xi_tr_outer only, and every helper on the way is imported
   and inlined: the object has no call to any of them.  Same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-transitive-provider.c" } */
/* { dg-xinline-provider "imp-transitive-provider2.c" } */

#include <stdio.h>

extern int xi_tr_outer (int);

volatile int in[] = { 0, 1, -1, 7, 100, -12345, 0x2aaaaaaa, -0x2aaaaaaa };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    printf ("%d -> %d\n", in[i], xi_tr_outer (in[i]));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tr_outer } } */
/* { dg-final { scan-objdump-calls-not xi_tr_top } } */
/* { dg-final { scan-objdump-calls-not xi_tr_mid } } */
/* { dg-final { scan-objdump-calls-not xi_tr_leaf } } */
/* { dg-final { scan-assembler-not "xi_tr_" } } */
