/* Provider for imp-byval.c: helpers taking and returning aggregates by
   value, calling each other and external functions with aggregates.  */
#include <xinline.h>
#include "imp-byval.h"

__xinline struct bv4 xi_bv4 (struct bv4 x) { x.a += 1; return x; }
__xinline struct bv8 xi_bv8 (struct bv8 x, int k)
{
  struct bv8 r = { x.a * k, (short) (x.b - k) };
  return r;
}
__xinline int xi_bv12_sum (struct bv12 x) { return x.a + x.b + x.c; }
__xinline struct bv12 xi_bv12_make (int a) { return (struct bv12) { a, a * 2, a * 3 }; }
__xinline struct bv16 xi_bv16_swap (struct bv16 x)
{
  struct bv16 r = { x.b, x.a };
  return r;
}
__xinline struct bv24 xi_bv24 (struct bv24 x, struct bv24 y)
{
  x.a += y.c;
  x.b ^= y.b;
  x.c -= y.a;
  return x;
}
__xinline struct bv64 xi_bv64_rev (struct bv64 x)
{
  struct bv64 r;
  for (int i = 0; i < 8; i++)
    r.v[i] = x.v[7 - i];
  return r;
}
__xinline long xi_bv64_sum (const struct bv64 *p, struct bv64 q)
{
  long s = 0;
  for (int i = 0; i < 8; i++)
    s += p->v[i] * q.v[i];
  return s;
}
__xinline struct bvd xi_bvd (struct bvd x) { x.i += 7; return x; }
__xinline union bvu xi_bvu (union bvu x) { x.c[0] ^= 0x5a; return x; }
__xinline struct bvsz xi_bvsz (struct bvsz x) { x.c[1]++; return x; }
/* Helpers returning another helper's aggregate result.  */
__xinline struct bv16 xi_bv16_twice (struct bv16 x)
{
  return xi_bv16_swap (xi_bv16_swap (x));
}
__xinline struct bv4 xi_bv4_nested (int a)
{
  struct bv4 t = { a };
  return xi_bv4 (xi_bv4 (t));
}
/* Stores through a pointer: the result and a component by value.  */
__xinline void xi_bv24_store (struct bv24 *out, struct bv24 in)
{
  *out = xi_bv24 (in, *out);
}
/* External functions taking or returning an aggregate by value.  */
__xinline long xi_bv_ext (struct bv24 x) { return bv_ext_sum (x) + 1; }
__xinline long xi_bv_ext_make (long a)
{
  struct bv16 r = bv_ext_make (a);
  return r.a - r.b;
}
/* The result unused.  */
__xinline void xi_bv_ext_drop (long a) { bv_ext_make (a); }
