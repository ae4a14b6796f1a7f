/* A consumer compiled with -g (DWARF): the imported bodies carry no
   debug information of their own (DECL_IGNORED), yet they are inlined,
   the object assembles with valid debug info, links and runs with the
   same output as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -g" } */
/* { dg-xinline-provider "imp-debug-provider.c" } */

#include <stdio.h>
#include "imp-debug.h"

volatile int vn = 3;

int
main (void)
{
  struct dbg_s v[3] = DBG_DATA;
  long s = xi_dbg_sum (v, vn);
  printf ("%ld %d %d\n", s, xi_dbg_sel (vn, 1, 2), xi_dbg_sel (vn - 3, 1, 2));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_dbg_sum } } */
/* { dg-final { scan-objdump-calls-not xi_dbg_sel } } */
/* { dg-final { scan-assembler "\\.section\\s+\\.debug_info" } } */
