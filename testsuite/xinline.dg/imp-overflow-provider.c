/* Provider for imp-overflow.c: __builtin_{add,sub,mul}_overflow, which
   GCC represents as the internal functions .ADD_OVERFLOW etc.  */
#include <xinline.h>

__xinline int xi_ov_sat_add (int a, int b)
{
  int r;
  if (__builtin_expect (__builtin_add_overflow (a, b, &r), 0))
    return a < 0 ? -2147483647 - 1 : 2147483647;
  return r;
}

__xinline int xi_ov_sub_ok (long a, long b, long *res)
{
  return !__builtin_sub_overflow (a, b, res);
}

__xinline unsigned xi_ov_mul_sat (unsigned a, unsigned b)
{
  unsigned r;
  return __builtin_mul_overflow (a, b, &r) ? ~0u : r;
}
