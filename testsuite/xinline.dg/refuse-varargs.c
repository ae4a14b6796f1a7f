/* Refusal: a helper taking variable arguments is not exported (even one
   that never uses va_start).  GCC itself marks one that uses va_start
   uninlinable, so for it either reason is accepted.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <stdarg.h>
#include <xinline.h>

__xinline int
xi_first (int n, ...) /* { dg-note "xinline: 'xi_first' not exported: it takes variable arguments" } */
{
  return n;
}

__xinline int
xi_sum_va (int n, ...) /* { dg-note "xinline: 'xi_sum_va' not exported: it (cannot be inlined|takes variable arguments|uses va_start)" } */
{
  va_list ap;
  int s = 0;
  va_start (ap, n);
  while (n-- > 0)
    s += va_arg (ap, int);
  va_end (ap);
  return s;
}

__xinline int
xi_fixed (int n, int m)
{
  return n + m;
}

/* { dg-final { scan-xinline-not-exported xi_first } } */
/* { dg-final { scan-xinline-not-exported xi_sum_va } } */
/* { dg-final { scan-xinline-exported xi_fixed } } */
