/* Refusal: a helper calling alloca is not exported.  GCC itself marks such
   a function uninlinable, so either reason is accepted.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <alloca.h>
#include <xinline.h>

extern void fill (char *, int);

__xinline int
xi_scratch (int n) /* { dg-note "xinline: 'xi_scratch' not exported: it (cannot be inlined|uses alloca or a variable-length array)" } */
{
  char *p = alloca (n);
  fill (p, n);
  return p[0];
}

__xinline int
xi_fixed_scratch (void)
{
  char buf[16];
  fill (buf, 16);
  return buf[0];
}

/* { dg-final { scan-xinline-not-exported xi_scratch } } */
/* { dg-final { scan-xinline-exported xi_fixed_scratch } } */
