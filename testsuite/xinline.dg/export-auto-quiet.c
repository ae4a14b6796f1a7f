/* Selection: without -fplugin-arg-xinline-verbose, export-auto refuses
   functions silently (too big, or not exportable at all): only explicitly
   selected helpers get a "not exported" note.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=0" } */

#include <xinline.h>

int ident (int a) { return a; }
int plus (int a) { return a + 1; }
double halve (double d) { return d / 2; }

__xinline double
xi_twice (double d) /* { dg-note "xinline: 'xi_twice' not exported: its signature has floating-point or complex value \\(xinline carries only integer and pointer values: keep this helper out of line\\)" } */
{
  return d * 2;
}

/* { dg-final { scan-xinline-exported ident } } */
/* { dg-final { scan-xinline-not-exported plus } } */
/* { dg-final { scan-xinline-not-exported halve } } */
/* { dg-final { scan-xinline-not-exported xi_twice } } */
