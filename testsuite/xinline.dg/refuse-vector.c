/* Refusal: GNU vector types (vector_size) are not exported, in the
   signature or in the body.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

typedef int v4si __attribute__ ((vector_size (16)));

__xinline v4si
xi_vadd (v4si a, v4si b) /* { dg-note "xinline: 'xi_vadd' not exported: its signature has vector value \\(xinline carries only scalar values: keep this helper out of line\\)" } */
{
  return a + b;
}

__xinline void
xi_vdouble (v4si *p) /* { dg-note "xinline: 'xi_vdouble' not exported: it (computes with|uses) a vector" } */
{
  *p += *p;
}

__xinline void
xi_double4 (int *p)
{
  p[0] += p[0];
  p[1] += p[1];
}

/* { dg-final { scan-xinline-not-exported xi_vadd } } */
/* { dg-final { scan-xinline-not-exported xi_vdouble } } */
/* { dg-final { scan-xinline-exported xi_double4 } } */
