/* Provider of imp-form-subst.c: helpers whose values are computed once
   and used once, a parameter read through, and a value used twice.  */
#include <xinline.h>

__xinline int
xi_fs_poly (int x, int y)
{
  return (x * 3 + y) ^ (x - 7);
}

struct xi_fs_obj { int a; unsigned b; };

__xinline unsigned
xi_fs_field (const struct xi_fs_obj *o, unsigned k)
{
  return (o->b << 2) + k;
}

__xinline int
xi_fs_twice (int x)
{
  int t = x * x;
  return t + (t >> 3);
}

__xinline int
xi_fs_div (int x, int y)
{
  int q = x / y;
  return y ? q : 0;
}
