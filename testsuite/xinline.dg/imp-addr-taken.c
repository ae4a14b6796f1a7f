/* A helper whose address is taken in the consumer: direct calls are
   inlined, while the function pointer still refers to the real exported
   symbol (the available-externally body is never emitted here), and
   calling through it runs the provider's code.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-addr-taken-provider.c" } */

#include <stdio.h>

extern int xi_at_inc (int);
extern int xi_at_count (int);
extern int at_calls;

int (*volatile fp) (int);
int (*const table[]) (int) = { xi_at_inc, xi_at_count };

volatile int vin = 41;

int
main (void)
{
  int d = xi_at_inc (vin) + xi_at_count (vin);
  fp = xi_at_inc;
  int i = fp (vin);
  fp = xi_at_count;
  int c = fp (vin);
  printf ("%d %d %d %d %d\n", d, i, c, table[1] (vin), table[0] (-1));
  printf ("calls counted: %d\n", at_calls);
  printf ("%d\n", fp == xi_at_count && table[0] == xi_at_inc);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_at_inc } } */
/* { dg-final { scan-objdump-calls-not xi_at_count } } */
/* The address of the real symbol is taken (in code or in the table).  */
/* { dg-final { scan-assembler "xi_at_inc(@GOTPCREL)?\\(%rip\\)" } } */
/* { dg-final { scan-assembler "\\.quad\\s+xi_at_count" } } */
/* No local copy of the bodies is emitted.  */
/* { dg-final { scan-assembler-not "^xi_at_inc:" } } */
/* { dg-final { scan-assembler-not "^xi_at_count:" } } */
