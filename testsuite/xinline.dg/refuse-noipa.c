/* Refusal: a helper that is also noipa is not exported, and the note names
   the attribute (noipa makes the function look interposable to GCC, but
   the advice about -fno-semantic-interposition would not help).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((noipa)) __xinline int
xi_opaque (int x) /* { dg-note "xinline: 'xi_opaque' not exported: it has attribute 'noipa'" } */
{
  return x + 4;
}

__xinline int
xi_clear (int x)
{
  return x + 5;
}

/* { dg-final { scan-xinline-not-exported xi_opaque } } */
/* { dg-final { scan-xinline-exported xi_clear } } */
