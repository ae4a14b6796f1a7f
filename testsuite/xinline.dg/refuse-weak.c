/* Refusal: a weak definition may be replaced at link time, so its body is
   not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((weak)) __xinline int
xi_weak_hook (int x) /* { dg-note "xinline: 'xi_weak_hook' not exported: it is a weak definition" } */
{
  return x + 1;
}

__xinline int
xi_strong (int x)
{
  return x - 1;
}

/* { dg-final { scan-xinline-not-exported xi_weak_hook } } */
/* { dg-final { scan-xinline-exported xi_strong } } */
