/* Selection: without export mode the plugin still registers the xinline
   attribute: __xinline code compiles silently (no warning, no note) and
   nothing is exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -Wall -Wattributes -fplugin-arg-xinline-verbose" } */

#include <xinline.h>

#if !defined (__has_attribute) || !__has_attribute (xinline)
#error "xinline attribute not registered by the plugin"
#endif

__xinline int
xi_add (int a, int b)
{
  return a + b;
}

int rust_helper_sub (int a, int b) { return a - b; }

/* { dg-bogus "xinline: " "no plugin diagnostic without export mode" { target *-*-* } 0 } */
/* { dg-final { scan-xinline-not-exported xi_add } } */
/* { dg-final { scan-xinline-not-exported rust_helper_sub } } */
