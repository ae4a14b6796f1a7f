/* Imported helpers with addressable locals (stack slots): a local array
   and a local struct passed by address to external functions, the address
   of a parameter taken, a parameter copied to a byte array with memcpy,
   a local array indexed by a variable.  Every inlined copy gets its own
   slots (calls in a loop and in one expression).  All calls inlined, same
   output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-slot-provider.c" } */

#include <stdio.h>

struct sl_pair { int a, b; };

extern int xi_sl_array (int);
extern int xi_sl_struct (int);
extern int xi_sl_param (int);
extern unsigned xi_sl_bytes (unsigned long, int);
extern int xi_sl_lookup (int);

int *last_touched;

void
sl_touch (int *p, int n)
{
  last_touched = p;
  for (int i = 0; i < n; i++)
    p[i] = p[i] * 2 - i;
}

void
sl_pair_fill (struct sl_pair *p)
{
  p->b = p->a * 3 + 1;
  p->a = -p->a;
}

volatile int vin = 5;

int
main (void)
{
  for (int i = 0; i < vin; i++)
    printf ("%d %d %d %d\n", xi_sl_array (i), xi_sl_struct (i - 2),
	    xi_sl_param (i * 100), xi_sl_lookup (i + vin));
  printf ("%d\n", xi_sl_array (vin) + xi_sl_array (-vin));
  unsigned long v = 0x0102030405060708ul * (unsigned long) vin;
  for (int i = 0; i < 8; i++)
    printf ("%u ", xi_sl_bytes (v, i));
  printf ("\n");
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_sl_array } } */
/* { dg-final { scan-objdump-calls-not xi_sl_struct } } */
/* { dg-final { scan-objdump-calls-not xi_sl_param } } */
/* { dg-final { scan-objdump-calls-not xi_sl_bytes } } */
/* { dg-final { scan-objdump-calls-not xi_sl_lookup } } */
