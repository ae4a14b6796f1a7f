/* A static local of a static inline callee is one object in the program:
   helpers that inline that callee share it, in the provider and in every
   consumer that imports them, and with the provider's out-of-line code.
   An importer that gives each imported body (or each unit) its own copy
   changes what the program prints: the differential run catches it.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-static-state-provider.c" } */

#include <stdio.h>

extern void xi_ss_set (int);
extern int xi_ss_get (void);
extern int xi_ss_next (void);
extern int xi_ss_get_outofline (void);

int
main (void)
{
  xi_ss_set (5);
  printf ("%d ", xi_ss_get ());
  printf ("%d ", xi_ss_next ());
  printf ("%d ", xi_ss_get_outofline ());
  printf ("%d\n", xi_ss_get ());
  return 0;
}
