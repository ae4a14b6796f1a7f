/* Refusal: __builtin_frame_address depends on the frame of the function it
   is in, so such a helper is not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline void *
xi_frame (void) /* { dg-note "xinline: 'xi_frame' not exported: it calls '__builtin_frame_address'" } */
{
  return __builtin_frame_address (0);
}

__xinline void *
xi_advance (char *p, long n)
{
  return p + n;
}

/* { dg-final { scan-xinline-not-exported xi_frame } } */
/* { dg-final { scan-xinline-exported xi_advance } } */
