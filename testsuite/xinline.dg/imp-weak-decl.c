/* The consumer declares a DB helper weak: it may be overridden at link
   time, so it is not imported (warning "declares it weak") and stays a
   call; the other helper is inlined.  Same output as without the
   plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-noinline-provider.c" } */

#include <stdio.h>

extern int xi_ni_a (int) __attribute__ ((weak));	/* { dg-note "not importing 'xi_ni_a' from '\[^'\]*': this unit declares it weak" } */
extern int xi_ni_b (int);
extern int ni_calls;

volatile int vin = 5;

int
main (void)
{
  int r = xi_ni_a ? xi_ni_a (vin) : -1;
  int b = xi_ni_b (vin);
  printf ("%d %d %d\n", r, b, ni_calls);
  return 0;
}

/* { dg-final { scan-assembler "call\\s+xi_ni_a" } } */
/* { dg-final { scan-objdump-calls-not xi_ni_b } } */
