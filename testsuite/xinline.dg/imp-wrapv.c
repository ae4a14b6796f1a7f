/* The provider is compiled with -fwrapv, the consumer without: in the
   consumer the bodies' signed overflow would be undefined, so nothing is
   imported (a warning names -fwrapv) and the calls stay calls to the
   provider's code.  Inputs avoid overflow so both builds print the same.
   (The other direction is safe: imp-wrapv-safe.c.)  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-wrapv-provider.c" "-fwrapv" } */

#include <stdio.h>

extern int xi_wv_add (int, int);	/* { dg-warning "not importing 'xi_wv_add' from '\[^'\]*': its body was made with -fwrapv, this unit uses -fno-wrapv" } */
extern int xi_wv_gt (int, int);		/* { dg-warning "not importing 'xi_wv_gt' from '\[^'\]*': \[^\n\]*-fwrapv" } */

volatile int a = 2147483600, b = 40;

int
main (void)
{
  printf ("%d %d %d\n", xi_wv_add (a, b), xi_wv_gt (a, b), xi_wv_gt (a, -b));
  return 0;
}

/* { dg-final { scan-assembler "call\\s+xi_wv_add" } } */
/* { dg-final { scan-assembler "call\\s+xi_wv_gt" } } */
