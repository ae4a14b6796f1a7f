/* Switches with case ranges (including negative ones), multi-label cases,
   default, and a sparse switch with fall-through and no default, in
   imported helpers at every optimization level: all inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-switch-provider.c" } */

#include <stdio.h>

extern int xi_tw_class (int);
extern long xi_tw_sparse (long, long);

volatile long sp[] = { -1000000, -999999, 3, 4, 77, 1L << 40, (1L << 40) + 1, 0 };

int
main (void)
{
  for (volatile int c = -130; c < 130; c++)
    putchar ('0' + xi_tw_class (c));
  putchar ('\n');
  for (unsigned i = 0; i < sizeof sp / sizeof sp[0]; i++)
    printf ("%ld ", xi_tw_sparse (sp[i], 10 + i));
  putchar ('\n');
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tw_class } } */
/* { dg-final { scan-objdump-calls-not xi_tw_sparse } } */
