/* Helpers that call functions with sub-int parameters: __builtin_bswap16
   (uint16_t) and an external function taking signed char and unsigned
   short.  The call arguments are promoted to int in the provider's GIMPLE;
   the DB body must still be accepted, imported and inlined.  Same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-short-call-provider.c" } */

#include <stdio.h>
#include <stdint.h>

extern uint16_t xi_sc_bswap16 (uint16_t);
extern int xi_sc_pass (int);

int
sc_take (signed char c, unsigned short s)
{
  return c * 100000 + s;
}

volatile int in[] = { 0, 1, 0x80, 0xff, 0x1234, 0xffff, 0x12345, -1 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    printf ("%#x: %#x %d\n", in[i], xi_sc_bswap16 ((uint16_t) in[i]),
	    xi_sc_pass (in[i]));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_sc_bswap16 } } */
/* { dg-final { scan-objdump-calls-not xi_sc_pass } } */
