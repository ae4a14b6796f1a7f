/* The consumer defines a helper that is also in the DB (as the unit that
   defines a helper does when everything is built with the DB): its own
   definition is used, nothing is imported for it and no warning is given.
   The link keeps the consumer's definition (first on the link line, with
   --allow-multiple-definition in both builds); main checks that the
   consumer's version (+1000) ran.  xi_cd_other is still imported.  */
/* { dg-do run } */
/* { dg-options "-O2 -fplugin-arg-xinline-report -Wl,--allow-multiple-definition" } */
/* { dg-xinline-provider "imp-consumer-defines-provider.c" } */

#include <stdio.h>

extern int xi_cd_other (int);

int
xi_cd_val (int x)	/* { dg-bogus "not importing" } */
{
  return x + 1000;
}

volatile int vin = 7;

int
main (void)
{
  int r = xi_cd_val (vin);	/* { dg-bogus "xinline: call to" } */
  int o = xi_cd_other (vin);	/* { dg-note "xinline: call to 'xi_cd_other' inlined" } */
  printf ("%d %d\n", r, o);
  return r == 1007 && o == 6 ? 0 : 1;
}

/* { dg-final { scan-objdump-calls-not xi_cd_other } } */
