/* The consumer declares a DB helper __attribute__((noinline)): it is not
   imported (warning "declares it noinline") and stays a call; another
   helper declared normally is inlined.  Same output as without the
   plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-noinline-provider.c" } */

#include <stdio.h>

extern int xi_ni_a (int) __attribute__ ((noinline));	/* { dg-note "not importing 'xi_ni_a' from '\[^'\]*': this unit declares it noinline" } */
extern int xi_ni_b (int);
extern int ni_calls;

volatile int vin = 5;

int
main (void)
{
  int a = xi_ni_a (vin);
  int b = xi_ni_b (vin);
  printf ("%d %d %d\n", a, b, ni_calls);
  return 0;
}

/* { dg-final { scan-assembler "call\\s+xi_ni_a" } } */
/* { dg-final { scan-objdump-calls-not xi_ni_b } } */
