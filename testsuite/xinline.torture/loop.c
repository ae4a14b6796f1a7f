/* Imported helpers in a loop, at every optimization level: both are
   imported and inlined (no call left), and the program has the same output
   and exit status as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "loop-provider.c" } */

#include <stdio.h>

extern int xi_clamp (int, int, int);
extern void xi_store (int *, int);

int
main (void)
{
  int buf[16];
  long sum = 0;
  for (int i = 0; i < 16; i++)
    xi_store (&buf[i], xi_clamp (i * 7 - 30, -10, 50));
  for (int i = 0; i < 16; i++)
    sum += buf[i] * (i + 1);
  printf ("%ld\n", sum);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_clamp } } */
/* { dg-final { scan-objdump-calls-not xi_store } } */
