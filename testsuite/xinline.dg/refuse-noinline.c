/* Refusal: a helper that is also noinline is not exported: the user asked
   for it never to be inlined.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((noinline)) __xinline int
xi_never (int x) /* { dg-note "xinline: 'xi_never' not exported: it has attribute 'noinline'" } */
{
  return x + 3;
}

__xinline int
xi_always (int x)
{
  return x + 4;
}

/* { dg-final { scan-xinline-not-exported xi_never } } */
/* { dg-final { scan-xinline-exported xi_always } } */
