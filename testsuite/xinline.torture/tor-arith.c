/* Integer arithmetic in imported helpers at every optimization level:
   rotates, arithmetic shifts, signed division and modulo by variables and
   by constants, truncations and extensions, min/max/abs, at the edge
   values.  All inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-arith-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

extern uint32_t xi_ta_rotl (uint32_t, unsigned);
extern int64_t xi_ta_sar (int64_t, unsigned);
extern int xi_ta_sdiv (int, int);
extern int xi_ta_smod (int, int);
extern uint64_t xi_ta_udivc (uint64_t);
extern int xi_ta_divc (int);
extern int16_t xi_ta_trunc (int64_t);
extern uint64_t xi_ta_zext (uint32_t);
extern int64_t xi_ta_sext (int8_t);
extern int xi_ta_min (int, int);
extern unsigned xi_ta_max (unsigned, unsigned);
extern long xi_ta_abs (long);

volatile int64_t in[] = { 0, 1, -1, 7, -7, 127, -128, 32767, -32769,
			  2147483647, -2147483647 - 1, 4294967295LL,
			  INT64_MAX, INT64_MIN + 1 };
#define N (sizeof in / sizeof in[0])

int
main (void)
{
  for (unsigned i = 0; i < N; i++)
    {
      int64_t v = in[i];
      int x = (int) v;
      printf ("%" PRId64 ": %#" PRIx32 " %" PRId64 " %" PRIu64 " %d %d %" PRIu64
	      " %" PRId64 " %ld\n", v, xi_ta_rotl ((uint32_t) v, i),
	      xi_ta_sar (v, i * 5), xi_ta_udivc ((uint64_t) v), xi_ta_divc (x),
	      xi_ta_trunc (v), xi_ta_zext ((uint32_t) v),
	      xi_ta_sext ((int8_t) v), xi_ta_abs ((long) x));
      for (unsigned j = 0; j < N; j++)
	{
	  int y = (int) in[j];
	  if (y == 0 || (x == -2147483647 - 1 && y == -1))
	    continue;
	  printf (" %d,%d,%d,%u", xi_ta_sdiv (x, y), xi_ta_smod (x, y),
		  xi_ta_min (x, y), xi_ta_max ((unsigned) x, (unsigned) y));
	}
      printf ("\n");
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ta_rotl } } */
/* { dg-final { scan-objdump-calls-not xi_ta_sar } } */
/* { dg-final { scan-objdump-calls-not xi_ta_sdiv } } */
/* { dg-final { scan-objdump-calls-not xi_ta_smod } } */
/* { dg-final { scan-objdump-calls-not xi_ta_udivc } } */
/* { dg-final { scan-objdump-calls-not xi_ta_divc } } */
/* { dg-final { scan-objdump-calls-not xi_ta_trunc } } */
/* { dg-final { scan-objdump-calls-not xi_ta_zext } } */
/* { dg-final { scan-objdump-calls-not xi_ta_sext } } */
/* { dg-final { scan-objdump-calls-not xi_ta_min } } */
/* { dg-final { scan-objdump-calls-not xi_ta_max } } */
/* { dg-final { scan-objdump-calls-not xi_ta_abs } } */
