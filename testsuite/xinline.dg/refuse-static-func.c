/* Refusal: a helper that calls a static function which is not inlined into
   it (noinline) is not exported: the importing object could not reach the
   static function.  A well-formed helper of the same unit still is, so the
   refusal is selective.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((noinline)) static int
scale (int x)
{
  return x * 3 + 1;
}

__xinline int
xi_scaled (int x) /* { dg-note "xinline: 'xi_scaled' not exported: it references 'scale', which has internal linkage" } */
{
  return scale (x) + 1;
}

__xinline int
xi_ok (int a, int b)
{
  return a + b;
}

/* { dg-final { scan-xinline-not-exported xi_scaled } } */
/* { dg-final { scan-xinline-exported xi_ok } } */
