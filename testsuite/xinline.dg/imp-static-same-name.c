/* The consumer has a static function with the name of a DB helper: it is
   a different function (internal linkage), nothing is imported for it, no
   warning is given, and its own body runs (main checks the value).  */
/* { dg-do run } */
/* { dg-options "-O2 -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-static-same-name-provider.c" } */

#include <stdio.h>

static int __attribute__ ((noinline))
xi_ssn (int x)			/* { dg-bogus "not importing" } */
{
  return x + 100;
}

extern int xi_ssn_other (int);

volatile int vin = 4;

int
main (void)
{
  int a = xi_ssn (vin);		/* { dg-bogus "xinline: call to" } */
  int b = xi_ssn_other (vin);	/* { dg-note "xinline: call to 'xi_ssn_other' inlined" } */
  printf ("%d %d\n", a, b);
  return a == 104 && b == 20 ? 0 : 1;
}

/* { dg-final { scan-objdump-calls-not xi_ssn_other } } */
