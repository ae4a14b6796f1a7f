/* Refusal: __builtin_return_address (0) means something else once the
   helper is inlined elsewhere, so such a helper is not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline void *
xi_caller (void) /* { dg-note "xinline: 'xi_caller' not exported: it calls '__builtin_return_address'" } */
{
  return __builtin_return_address (0);
}

__xinline void *
xi_self (void *p)
{
  return p;
}

/* { dg-final { scan-xinline-not-exported xi_caller } } */
/* { dg-final { scan-xinline-exported xi_self } } */
