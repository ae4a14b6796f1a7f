/* A switch returning small ints for 8 cases (and one returning string
   literals), which GCC converts to a lookup table (CSWTCH) in the
   provider: the imported body brings its table along.  All calls inlined,
   same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-switch-table-provider.c" } */

#include <stdio.h>

extern int xi_swt_prio (unsigned);
extern const char *xi_swt_name (int);

int
main (void)
{
  for (volatile int i = -2; i < 11; i++)
    printf ("%d: %d %s\n", i, xi_swt_prio ((unsigned) i), xi_swt_name (i));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_swt_prio } } */
/* { dg-final { scan-objdump-calls-not xi_swt_name } } */
