/* Provider side: in export mode a function marked __xinline is exported to
   .gnu.xinline; an unmarked one is not.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int xi_add (int a, int b) { return a + b; }

int plain_sub (int a, int b) { return a - b; }

/* { dg-final { scan-xinline-exported xi_add } } */
/* { dg-final { scan-xinline-not-exported plain_sub } } */
