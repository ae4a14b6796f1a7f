/* The consumer is compiled with -fwrapv, the provider without: the DB
   bodies have other semantics for signed overflow, so nothing is imported
   (a warning names -fwrapv) and the calls stay calls to the provider's
   code.  Inputs avoid overflow so both builds print the same.  */
/* { dg-do run } */
/* { dg-options "-O2 -fwrapv" } */
/* { dg-xinline-provider "imp-wrapv-provider.c" } */

#include <stdio.h>

extern int xi_wv_add (int, int);	/* { dg-warning "not importing 'xi_wv_add' from '\[^'\]*': its body was made with -fno-wrapv, this unit uses -fwrapv" } */
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
