/* Refusal: a helper with a static local variable is not exported (each
   importer would get its own copy of the variable).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int
xi_next_id (void) /* { dg-note "xinline: 'xi_next_id' not exported: it uses static local variable 'next'" } */
{
  static int next;
  return ++next;
}

__xinline int
xi_inc (int *p)
{
  return ++*p;
}

/* { dg-final { scan-xinline-not-exported xi_next_id } } */
/* { dg-final { scan-xinline-exported xi_inc } } */
