/* Consumer: the helpers of run-add-provider.c are inlined, and the program
   behaves as when built without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "run-add-provider.c" } */

#include <stdio.h>

extern int xi_add (int, int);
extern unsigned xi_mask (unsigned, unsigned);

int
main (void)
{
  volatile int a = 40;
  volatile unsigned m = 0x1234;
  printf ("%d %#x\n", xi_add (a, 2), xi_mask (m, 8));
  return xi_add (a, -40);
}

/* { dg-final { scan-objdump-calls-not xi_add } } */
/* { dg-final { scan-objdump-calls-not xi_mask } } */
