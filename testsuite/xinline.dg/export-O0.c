/* Selection: export at -O0 (no early optimizations, no SSA) warns once,
   without a line, and exports nothing; no per-helper note follows.  */
/* { dg-do assemble } */
/* { dg-options "-O0 -fplugin-arg-xinline-export -fplugin-arg-xinline-verbose" } */

#include <xinline.h>

__xinline int
xi_add (int a, int b)
{
  return a + b;
}

static __xinline int
xi_local (int a)
{
  return a;
}

int use_local (int a) { return xi_local (a); }

/* { dg-warning "xinline: export needs optimization \\('-O1' or higher\\); nothing is exported from this unit" "" { target *-*-* } 0 } */
/* { dg-bogus "note: xinline: " "no per-helper note at -O0" { target *-*-* } 0 } */
/* { dg-final { scan-xinline-not-exported xi_add } } */
