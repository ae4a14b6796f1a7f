/* Refusal: a helper that calls a static function which is not inlined into
   it (noinline) is not exported: the static's body would be exported with
   it as a file-local entry (export-local-refuse.c), but a noinline one is
   refused, and with it the caller.  A well-formed helper of the same unit
   still is, so the refusal is selective.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((noinline)) static int
scale (int x)
{
  return x * 3 + 1;
}

__xinline int
xi_scaled (int x) /* { dg-note "xinline: 'xi_scaled' not exported: it calls 'scale', which has internal linkage and cannot be exported with it: it has attribute 'noinline'" } */
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
