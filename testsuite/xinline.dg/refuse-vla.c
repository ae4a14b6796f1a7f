/* Refusal: a helper with a variable-length array is not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

extern void fill (char *, int);

__xinline int
xi_vla (int n) /* { dg-note "xinline: 'xi_vla' not exported: it uses alloca or a variable-length array" } */
{
  char buf[n];
  fill (buf, n);
  return buf[0];
}

__xinline int
xi_array (void)
{
  char buf[8];
  fill (buf, 8);
  return buf[7];
}

/* { dg-final { scan-xinline-not-exported xi_vla } } */
/* { dg-final { scan-xinline-exported xi_array } } */
