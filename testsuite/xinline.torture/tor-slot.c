/* Addressable locals in imported helpers: a local array and a parameter
   whose addresses escape to an external function, at every optimization
   level; each inlined copy has its own stack slot.  All inlined, same
   output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-slot-provider.c" } */

#include <stdio.h>

extern int xi_tsl_sum3 (int, int, int);
extern int xi_tsl_param (int);

int *seen[4];
int nseen;

void
ts_scale (int *p, int n, int k)
{
  seen[nseen++ & 3] = p;
  for (int i = 0; i < n; i++)
    p[i] *= k;
}

volatile int vin = 3;

int
main (void)
{
  int r = xi_tsl_sum3 (vin, -vin, 7) + xi_tsl_sum3 (1, 2, 3) * 1000;
  printf ("%d %d %d\n", r, xi_tsl_param (vin), xi_tsl_param (-vin) + xi_tsl_param (1));
  printf ("%d\n", nseen);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tsl_sum3 } } */
/* { dg-final { scan-objdump-calls-not xi_tsl_param } } */
