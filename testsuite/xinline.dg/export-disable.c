/* Selection: -fplugin-arg-xinline-disable turns the plugin off even with
   export and verbose given: the attribute is still accepted, nothing is
   exported and no note is given, not even for a refusal.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -Wall -fplugin-arg-xinline-export -fplugin-arg-xinline-verbose -fplugin-arg-xinline-disable" } */

#include <xinline.h>

#if !__has_attribute (xinline)
#error "xinline attribute not registered when disabled"
#endif

__xinline int
xi_add (int a, int b)
{
  return a + b;
}

__attribute__ ((weak)) __xinline int
xi_weak (int a)
{
  return a;
}

int rust_helper_one (void) { return 1; }

/* { dg-bogus "xinline: " "no plugin diagnostic when disabled" { target *-*-* } 0 } */
/* { dg-final { scan-xinline-not-exported xi_add } } */
/* { dg-final { scan-xinline-not-exported xi_weak } } */
/* { dg-final { scan-xinline-not-exported rust_helper_one } } */
