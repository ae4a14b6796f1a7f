/* Variadic helpers: exported when their body only starts and ends its
   va_list and passes it on (a module-local copy of such a body is emitted
   in the module, bim-variadic.c), or uses no va_list at all (xi_first).
   va_arg and va_copy are refused.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <stdarg.h>
#include <xinline.h>

int xi_vemit (const char *fmt, va_list ap);

__xinline int
xi_first (int n, ...)
{
  return n;
}

__xinline int
xi_pass_on (const char *fmt, ...)
{
  va_list ap;
  int r;
  va_start (ap, fmt);
  r = xi_vemit (fmt, ap);
  va_end (ap);
  return r;
}

__xinline int
xi_sum_va (int n, ...) /* { dg-note "xinline: 'xi_sum_va' not exported: it calls internal function .VA_ARG" } */
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
xi_copy_va (const char *fmt, ...) /* { dg-note "xinline: 'xi_copy_va' not exported: it calls '__builtin_va_copy'" } */
{
  va_list ap, aq;
  int r;
  va_start (ap, fmt);
  va_copy (aq, ap);
  r = xi_vemit (fmt, ap) + xi_vemit (fmt, aq);
  va_end (aq);
  va_end (ap);
  return r;
}

__xinline int
xi_fixed (int n, int m)
{
  return n + m;
}

/* { dg-final { scan-xinline-exported xi_first } } */
/* { dg-final { scan-xinline-exported xi_pass_on } } */
/* { dg-final { scan-xinline-not-exported xi_sum_va } } */
/* { dg-final { scan-xinline-not-exported xi_copy_va } } */
/* { dg-final { scan-xinline-exported xi_fixed } } */
