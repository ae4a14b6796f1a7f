/* Refusal: function-specific target or optimize options are not carried
   to the importer, so such helpers are not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((target ("avx2"))) __xinline int
xi_avx2 (int x) /* { dg-note "xinline: 'xi_avx2' not exported: it has function-specific target or optimize options" } */
{
  return x + 6;
}

__attribute__ ((optimize ("O3"))) __xinline int
xi_o3 (int x) /* { dg-note "xinline: 'xi_o3' not exported: it has function-specific target or optimize options" } */
{
  return x + 7;
}

__xinline int
xi_default (int x)
{
  return x + 8;
}

/* { dg-final { scan-xinline-not-exported xi_avx2 } } */
/* { dg-final { scan-xinline-not-exported xi_o3 } } */
/* { dg-final { scan-xinline-exported xi_default } } */
