/* Provider for imp-intconv.c: conversions between integer widths and
   signedness.  */
#include <xinline.h>

__xinline signed char xi_cv_s8 (long v) { return (signed char) v; }
__xinline unsigned char xi_cv_u8 (long v) { return (unsigned char) v; }
__xinline short xi_cv_s16 (unsigned long v) { return (short) v; }
__xinline unsigned short xi_cv_u16 (int v) { return (unsigned short) v; }
__xinline int xi_cv_s32 (unsigned long long v) { return (int) v; }
__xinline unsigned xi_cv_u32 (long long v) { return (unsigned) v; }
__xinline long xi_cv_sext8 (unsigned char c) { return (signed char) c; }
__xinline unsigned long xi_cv_zext32 (int v) { return (unsigned) v; }
__xinline long long xi_cv_sext32 (unsigned v) { return (int) v; }
__xinline unsigned long long xi_cv_mix (signed char a, unsigned short b,
					 int c, unsigned d)
{
  return (unsigned long long) (a + b) * c + d;
}
__xinline int xi_cv_cmp (int s, unsigned u) { return s < u; }	/* usual conversions */
__xinline int xi_cv_cmp2 (long s, unsigned u) { return s < u; }
