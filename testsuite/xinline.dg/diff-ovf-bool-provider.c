/* Provider for diff-ovf-bool.c: checked arithmetic with a _Bool
   operand.  */
#include <xinline.h>

__xinline int xi_ob_add (int a, _Bool b)
{
  int r;
  return __builtin_add_overflow (a, b, &r) ? 1 : r;
}

__xinline int xi_ob_sub_p (short a, _Bool b)
{
  return __builtin_sub_overflow_p (a, (long) b, (unsigned long) 0);
}
