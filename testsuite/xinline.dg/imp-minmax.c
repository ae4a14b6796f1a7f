/* Min, max, three-way min, clamp, abs without overflow, __builtin_expect
   and saturation to uint8: GCC turns these into MIN_EXPR, MAX_EXPR and
   ABSU_EXPR in the provider.  All calls inlined, same output as without
   the plugin at the edge values.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-minmax-provider.c" } */

#include <stdio.h>

extern int xi_mm_min (int, int);
extern unsigned xi_mm_umax (unsigned, unsigned);
extern long xi_mm_lmin3 (long, long, long);
extern int xi_mm_clamp (int, int, int);
extern unsigned xi_mm_abs (int);
extern int xi_mm_likely (int);
extern unsigned char xi_mm_sat_u8 (int);

volatile int in[] = { -2147483647 - 1, -1000, -1, 0, 1, 255, 256, 1000,
		      2147483647 };
#define N (sizeof in / sizeof in[0])

int
main (void)
{
  for (unsigned i = 0; i < N; i++)
    {
      int x = in[i];
      printf ("%d: abs=%u lik=%d u8=%u clamp=%d\n", x, xi_mm_abs (x),
	      x == -2147483647 - 1 ? 0 : xi_mm_likely (x / 2),
	      xi_mm_sat_u8 (x), xi_mm_clamp (x, -5, 300));
      for (unsigned j = 0; j < N; j++)
	{
	  int y = in[j];
	  printf ("  %d %u %ld\n", xi_mm_min (x, y),
		  xi_mm_umax ((unsigned) x, (unsigned) y),
		  xi_mm_lmin3 (x, y, (long) x * y));
	}
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_mm_min } } */
/* { dg-final { scan-objdump-calls-not xi_mm_umax } } */
/* { dg-final { scan-objdump-calls-not xi_mm_lmin3 } } */
/* { dg-final { scan-objdump-calls-not xi_mm_clamp } } */
/* { dg-final { scan-objdump-calls-not xi_mm_abs } } */
/* { dg-final { scan-objdump-calls-not xi_mm_likely } } */
/* { dg-final { scan-objdump-calls-not xi_mm_sat_u8 } } */
