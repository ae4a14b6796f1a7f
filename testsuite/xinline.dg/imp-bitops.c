/* Bit-manipulation builtins in imported helpers (clz, ctz, popcount,
   bswap32/64, ffs, parity, clrsb, a log2 from clzl), which GCC
   represents as builtin calls or internal functions: all helpers inlined,
   same output as without the plugin.  bswap16, whose argument is
   promoted, is in imp-short-call.c.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-bitops-provider.c" } */

#include <stdio.h>
#include <stdint.h>

extern int xi_bo_clz (unsigned);
extern int xi_bo_ctz (unsigned);
extern int xi_bo_clzll (unsigned long long);
extern int xi_bo_ctzll (unsigned long long);
extern int xi_bo_pop (unsigned);
extern int xi_bo_popll (unsigned long long);
extern uint32_t xi_bo_bswap32 (uint32_t);
extern uint64_t xi_bo_bswap64 (uint64_t);
extern int xi_bo_ffs (int);
extern int xi_bo_parity (unsigned);
extern int xi_bo_clrsb (int);
extern unsigned xi_bo_log2 (unsigned long);

volatile unsigned long long in[] = { 0, 1, 2, 3, 0x80, 0x8000, 0x80000000u,
				     0xffffffffu, 0x100000000ull, 0x0123456789abcdefull,
				     0x8000000000000000ull, 0xffffffffffffffffull };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      unsigned long long v = in[i];
      unsigned w = (unsigned) v;
      printf ("%#llx: %d %d %d %d %d %d %#x %#llx %d %d %d %u\n", v,
	      xi_bo_clz (w), xi_bo_ctz (w), xi_bo_clzll (v), xi_bo_ctzll (v),
	      xi_bo_pop (w), xi_bo_popll (v), xi_bo_bswap32 (w),
	      (unsigned long long) xi_bo_bswap64 (v),
	      xi_bo_ffs ((int) w), xi_bo_parity (w), xi_bo_clrsb ((int) w),
	      xi_bo_log2 (v));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_bo_clz } } */
/* { dg-final { scan-objdump-calls-not xi_bo_ctz } } */
/* { dg-final { scan-objdump-calls-not xi_bo_clzll } } */
/* { dg-final { scan-objdump-calls-not xi_bo_ctzll } } */
/* { dg-final { scan-objdump-calls-not xi_bo_pop } } */
/* { dg-final { scan-objdump-calls-not xi_bo_popll } } */
/* { dg-final { scan-objdump-calls-not xi_bo_bswap32 } } */
/* { dg-final { scan-objdump-calls-not xi_bo_bswap64 } } */
/* { dg-final { scan-objdump-calls-not xi_bo_ffs } } */
/* { dg-final { scan-objdump-calls-not xi_bo_parity } } */
/* { dg-final { scan-objdump-calls-not xi_bo_clrsb } } */
/* { dg-final { scan-objdump-calls-not xi_bo_log2 } } */
