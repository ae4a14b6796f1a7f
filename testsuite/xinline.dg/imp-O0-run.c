/* At -O0 a program calling DB helpers still links and runs: every call
   goes to the provider's real definition (same output as without the
   plugin), and the calls are really there.  */
/* { dg-do run } */
/* { dg-options "-O0" } */
/* { dg-xinline-provider "imp-O0-provider.c" } */

#include <stdio.h>

extern int xi_get (const int *);

int
main (void)
{
  int v[3] = { 5, -7, 2147483647 };
  for (int i = 0; i < 3; i++)
    printf ("%d\n", xi_get (&v[i]));
  return 0;
}

/* { dg-final { scan-assembler "call\\s+xi_get" } } */
