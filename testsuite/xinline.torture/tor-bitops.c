/* Bit builtins (clz, ctz, popcount, bswap32/64) and __builtin_expect in
   imported helpers, at every optimization level: all inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-bitops-provider.c" } */

#include <stdio.h>
#include <stdint.h>

extern int xi_tbo_fls (uint32_t);
extern int xi_tbo_ffs64 (uint64_t);
extern int xi_tbo_weight (uint64_t);
extern uint32_t xi_tbo_be32 (uint32_t);
extern uint64_t xi_tbo_be64 (uint64_t);
extern int xi_tbo_pow2 (unsigned long);
extern unsigned long xi_tbo_roundup (unsigned long);
extern int xi_tbo_expect (int);

volatile uint64_t in[] = { 0, 1, 2, 3, 5, 64, 65, 0x80000000u, 0xffffffffu,
			   0x100000001ull, 0x8000000000000000ull - 1,
			   0x8000000000000000ull, 0xfedcba9876543210ull };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      uint64_t v = in[i];
      printf ("%d %d %d %#x %#llx %d %lu %d\n", xi_tbo_fls ((uint32_t) v),
	      xi_tbo_ffs64 (v), xi_tbo_weight (v), xi_tbo_be32 ((uint32_t) v),
	      (unsigned long long) xi_tbo_be64 (v), xi_tbo_pow2 (v),
	      v <= 0x8000000000000000ull ? xi_tbo_roundup (v) : 0ul,
	      xi_tbo_expect ((int) (v & 0xffff)));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tbo_fls } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_ffs64 } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_weight } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_be32 } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_be64 } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_pow2 } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_roundup } } */
/* { dg-final { scan-objdump-calls-not xi_tbo_expect } } */
