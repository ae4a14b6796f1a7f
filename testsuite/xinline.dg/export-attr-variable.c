/* Selection: the xinline attribute applies to functions only; on a
   variable it is ignored with a -Wattributes warning.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int not_a_function = 3; /* { dg-warning "'xinline' attribute only applies to functions" } */

__xinline int
xi_get (void)
{
  return not_a_function;
}

/* { dg-final { scan-xinline-exported xi_get } } */
/* { dg-final { scan-xinline-not-exported not_a_function } } */
