/* Refusal: a static function marked __xinline has no symbol to import
   against, so it is not exported; the note says so even without
   -fplugin-arg-xinline-verbose.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

static __xinline int
xi_local (int x) /* { dg-note "xinline: 'xi_local' not exported: it has internal linkage \\(static\\)" } */
{
  return x + 5;
}

int
use_local (int x)
{
  return xi_local (x) * 2;
}

__xinline int
xi_global (int x)
{
  return x + 6;
}

/* { dg-final { scan-xinline-not-exported xi_local } } */
/* { dg-final { scan-xinline-exported xi_global } } */
