/* Struct fields read and written through pointers by imported helpers
   (char, int, long and short-array members at different offsets): all
   calls inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-struct-fields-provider.c" } */

#include <stdio.h>
#include "imp-struct-fields.h"

extern int xi_sf_get_b (const struct sf *);
extern void xi_sf_set_c (struct sf *, long);
extern unsigned char xi_sf_get_a (const struct sf *);
extern void xi_sf_bump (struct sf *, int);
extern long xi_sf_sum (const struct sf *);
extern void xi_sf_swap_ab (struct sf *);

volatile int vin[] = { 0, 1, 2, 3, -1, 255, 0x7fffffff, -0x7fffffff - 1 };

int
main (void)
{
  struct sf s = { 0 };
  for (unsigned i = 0; i < sizeof vin / sizeof vin[0]; i++)
    {
      s.a = (unsigned char) ((unsigned) vin[i] * 7u);
      s.b = vin[i];
      xi_sf_set_c (&s, (long) vin[i] * 1000003L);
      s.d[0] = (short) i;
      s.d[1] = (short) -i;
      s.d[2] = (short) (vin[i] >> 16);
      s.d[3] = 32767;
      printf ("%u: a=%u b=%d c=%ld sum=%ld\n", i, xi_sf_get_a (&s),
	      xi_sf_get_b (&s), s.c, xi_sf_sum (&s));
      xi_sf_bump (&s, (int) (i & 3) + 1);
      xi_sf_swap_ab (&s);
      printf ("   a=%u b=%d c=%ld d=%d,%d,%d,%d sum=%ld\n", s.a, s.b, s.c,
	      s.d[0], s.d[1], s.d[2], s.d[3], xi_sf_sum (&s));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_sf_get_b } } */
/* { dg-final { scan-objdump-calls-not xi_sf_set_c } } */
/* { dg-final { scan-objdump-calls-not xi_sf_get_a } } */
/* { dg-final { scan-objdump-calls-not xi_sf_bump } } */
/* { dg-final { scan-objdump-calls-not xi_sf_sum } } */
/* { dg-final { scan-objdump-calls-not xi_sf_swap_ab } } */
