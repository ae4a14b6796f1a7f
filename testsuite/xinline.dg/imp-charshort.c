/* char, signed/unsigned char and short parameters and results of
   imported helpers: the values are promoted at the call and must be
   sign- or zero-extended and truncated exactly as in a real call, at the
   edge values.  All calls inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-charshort-provider.c" } */

#include <stdio.h>

extern int xi_cs_widen (signed char, unsigned char, short, unsigned short);
extern char xi_cs_upper (char);
extern short xi_cs_add (short, short);
extern unsigned char xi_cs_hi (unsigned short);
extern signed char xi_cs_neg (signed char);
extern unsigned short xi_cs_swap (unsigned short);

volatile int in[] = { 0, 1, -1, 'a', 'z', 'A', 127, 128, 255, 256, -128, -129,
		      32767, 32768, 65535, -32768, 0x12345678 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      int v = in[i];
      printf ("%d: %d %d %d %u %d %u\n", v,
	      xi_cs_widen ((signed char) v, (unsigned char) v, (short) v,
			   (unsigned short) v),
	      xi_cs_upper ((char) v), xi_cs_add ((short) v, (short) (v >> 1)),
	      xi_cs_hi ((unsigned short) v), xi_cs_neg ((signed char) v),
	      xi_cs_swap ((unsigned short) v));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_cs_widen } } */
/* { dg-final { scan-objdump-calls-not xi_cs_upper } } */
/* { dg-final { scan-objdump-calls-not xi_cs_add } } */
/* { dg-final { scan-objdump-calls-not xi_cs_hi } } */
/* { dg-final { scan-objdump-calls-not xi_cs_neg } } */
/* { dg-final { scan-objdump-calls-not xi_cs_swap } } */
