/* The consumer is compiled with -fwrapv and -fno-delete-null-pointer-checks,
   the provider without: safe (signed overflow, undefined in the bodies, is
   defined here; null checks the provider deleted are deleted in its
   out-of-line code too), so the helpers are imported and inlined.  */
/* { dg-do run } */
/* { dg-options "-O2 -fwrapv -fno-delete-null-pointer-checks" } */
/* { dg-xinline-provider "imp-wrapv-provider.c" } */

#include <stdio.h>

extern int xi_wv_add (int, int);
extern int xi_wv_gt (int, int);	

volatile int a = 2147483600, b = 40;

int
main (void)
{
  printf ("%d %d %d\n", xi_wv_add (a, b), xi_wv_gt (a, b), xi_wv_gt (a, -b));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_wv_add } } */
/* { dg-final { scan-objdump-calls-not xi_wv_gt } } */
