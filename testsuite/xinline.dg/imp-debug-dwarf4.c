/* As imp-debug.c with -gdwarf-4 -g3 and -fvar-tracking-assignments at
   -O3: still inlined, links and runs the same.  */
/* { dg-do run } */
/* { dg-options "-O3 -gdwarf-4 -g3 -fvar-tracking-assignments" } */
/* { dg-xinline-provider "imp-debug-provider.c" } */

#include <stdio.h>
#include "imp-debug.h"

volatile int vn = 3;

int
main (void)
{
  struct dbg_s v[3] = DBG_DATA;
  for (int k = 0; k <= vn; k++)
    printf ("%ld %d\n", xi_dbg_sum (v, k), xi_dbg_sel (k & 1, k, -k));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_dbg_sum } } */
/* { dg-final { scan-objdump-calls-not xi_dbg_sel } } */
