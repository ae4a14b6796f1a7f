/* A chain of providers: imp-prov-cons-provider.c exports
   xi_pc_inner; imp-chain-provider2.c is compiled with that DB and exports
   xi_ch_outer, whose body has xi_pc_inner inlined; this consumer imports
   xi_ch_outer and inlines it.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-prov-cons-provider.c" } */
/* { dg-xinline-provider "imp-chain-provider2.c" "-fplugin-arg-xinline-db=imp-prov-cons-provider.xdb" } */

#include <stdio.h>

extern int xi_ch_outer (int);
extern int pc_scale;

volatile int vin = 9;

int
main (void)
{
  printf ("%d ", xi_ch_outer (vin));
  pc_scale = -vin;
  printf ("%d\n", xi_ch_outer (vin));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ch_outer } } */
/* { dg-final { scan-objdump-calls-not xi_pc_inner } } */
