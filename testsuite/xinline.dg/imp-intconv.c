/* Casts between integer widths and signedness in imported helpers:
   truncations, sign and zero extensions, mixed-sign comparisons and
   promotions, at the edge values.  All calls inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-intconv-provider.c" } */

#include <stdio.h>

extern signed char xi_cv_s8 (long);
extern unsigned char xi_cv_u8 (long);
extern short xi_cv_s16 (unsigned long);
extern unsigned short xi_cv_u16 (int);
extern int xi_cv_s32 (unsigned long long);
extern unsigned xi_cv_u32 (long long);
extern long xi_cv_sext8 (unsigned char);
extern unsigned long xi_cv_zext32 (int);
extern long long xi_cv_sext32 (unsigned);
extern unsigned long long xi_cv_mix (signed char, unsigned short, int, unsigned);
extern int xi_cv_cmp (int, unsigned);
extern int xi_cv_cmp2 (long, unsigned);

volatile long long in[] = { 0, 1, -1, 127, 128, 255, 256, -128, -129, 32767,
			    32768, 65535, 65536, 2147483647LL, 2147483648LL,
			    -2147483648LL, 4294967295LL, 4294967296LL,
			    9223372036854775807LL, -9223372036854775807LL - 1 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      long long v = in[i];
      printf ("%lld: %d %u %d %u %d %u %ld %lu %lld %llu %d %d\n", v,
	      xi_cv_s8 (v), xi_cv_u8 (v), xi_cv_s16 (v), xi_cv_u16 ((int) v),
	      xi_cv_s32 (v), xi_cv_u32 (v), xi_cv_sext8 ((unsigned char) v),
	      xi_cv_zext32 ((int) v), xi_cv_sext32 ((unsigned) v),
	      xi_cv_mix ((signed char) v, (unsigned short) v, (int) v % 1000,
			 (unsigned) v),
	      xi_cv_cmp ((int) v, 5), xi_cv_cmp2 ((long) v, 5));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_cv_s8 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_u8 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_s16 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_u16 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_s32 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_u32 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_sext8 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_zext32 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_sext32 } } */
/* { dg-final { scan-objdump-calls-not xi_cv_mix } } */
/* { dg-final { scan-objdump-calls-not xi_cv_cmp } } */
/* { dg-final { scan-objdump-calls-not xi_cv_cmp2 } } */
