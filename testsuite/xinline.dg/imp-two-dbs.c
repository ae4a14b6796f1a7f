/* Two DBs passed comma-separated (-fplugin-arg-xinline-db=A.xdb,B.xdb):
   helpers from both are imported and inlined, each referring to its own
   provider's globals.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-two-dbs-provider-a.c" } */
/* { dg-xinline-provider "imp-two-dbs-provider-b.c" } */

#include <stdio.h>

extern int xi_td_a (int);
extern long xi_td_b (long);
extern int xi_td_b2 (int);
extern int td_a_state;
extern long td_b_state;

volatile int vin = 11;

int
main (void)
{
  printf ("%d %ld %d\n", xi_td_a (vin), xi_td_b (vin), xi_td_b2 (vin));
  td_a_state = -1;
  td_b_state = 1000;
  printf ("%d %ld\n", xi_td_a (vin), xi_td_b (vin));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_td_a } } */
/* { dg-final { scan-objdump-calls-not xi_td_b } } */
/* { dg-final { scan-objdump-calls-not xi_td_b2 } } */
