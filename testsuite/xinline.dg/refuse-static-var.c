/* Refusal: a helper that reads a file-scope static variable is not
   exported (the variable has no symbol other objects can reach); a helper
   using an external variable is.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

static int counter;
extern int shared_counter;

void bump (void) { counter++; }

__xinline int
xi_get_counter (void) /* { dg-note "xinline: 'xi_get_counter' not exported: it references 'counter', which has internal linkage" } */
{
  return counter;
}

__xinline int
xi_get_shared (void)
{
  return shared_counter;
}

/* { dg-final { scan-xinline-not-exported xi_get_counter } } */
/* { dg-final { scan-xinline-exported xi_get_shared } } */
