/* Refusal: floating point is not exported, be it in the signature or only
   in the body (the kernel cannot use the FPU in helpers).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline double
xi_mul (double a, double b) /* { dg-note "xinline: 'xi_mul' not exported: its signature has floating-point or complex value \\(xinline carries only integer and pointer values: keep this helper out of line\\)" } */
{
  return a * b;
}

__xinline int
xi_scale (int a) /* { dg-note "xinline: 'xi_scale' not exported: it computes with a floating-point or complex value \\(xinline carries only integer and pointer values: keep this helper out of line\\)" } */
{
  double d = a;
  d *= 1.5;
  return (int) d;
}

__xinline int
xi_scale_int (int a)
{
  return a + a / 2;
}

/* { dg-final { scan-xinline-not-exported xi_mul } } */
/* { dg-final { scan-xinline-not-exported xi_scale } } */
/* { dg-final { scan-xinline-exported xi_scale_int } } */
