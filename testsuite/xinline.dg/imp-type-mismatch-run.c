/* The consumer declares a DB helper with a different but ABI-compatible
   type (int f(int) for unsigned f(unsigned)): not imported, with a
   warning, and the program runs the provider's real code (same output as
   without the plugin: a logical shift, not an arithmetic one).  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-type-mismatch-provider.c" } */

#include <stdio.h>

extern int xi_tm_u (int);	/* { dg-warning "not importing 'xi_tm_u' from '\[^'\]*': this unit declares it with a different type than the DB body" } */
extern int xi_tm_ok (int);

volatile int vin = -8;

int
main (void)
{
  printf ("%d %d\n", xi_tm_u (vin), xi_tm_ok (vin));
  return 0;
}

/* { dg-final { scan-assembler "call\\s+xi_tm_u" } } */
/* { dg-final { scan-objdump-calls-not xi_tm_ok } } */
