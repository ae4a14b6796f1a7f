/* Refusal: with -fPIC a default-visibility function can be interposed by
   another definition at dynamic link time, so it is not exported; a hidden
   one cannot and is.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fPIC -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int
xi_public (int x) /* { dg-note "xinline: 'xi_public' not exported: it is interposable \\(use -fno-semantic-interposition or hidden visibility with -fPIC\\)" } */
{
  return x + 1;
}

__attribute__ ((visibility ("hidden"))) __xinline int
xi_hidden (int x)
{
  return x + 2;
}

/* { dg-final { scan-xinline-not-exported xi_public } } */
/* { dg-final { scan-xinline-exported xi_hidden } } */
