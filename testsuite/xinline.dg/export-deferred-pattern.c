/* -ftrivial-auto-var-init=pattern: its .DEFERRED_INIT writes a pattern
   the IR does not carry: refused with the reason.  */
/* { dg-do assemble } */
/* { dg-xinline-gcc-min 12 } */
/* { dg-options "-O2 -fplugin-arg-xinline-export -ftrivial-auto-var-init=pattern" } */

#include <xinline.h>

struct dp_pair { int a; long b; };
extern void dp_fill (struct dp_pair *p);

__xinline long
dp_struct (void) /* { dg-note "xinline: 'dp_struct' not exported: it calls internal function .DEFERRED_INIT other than -ftrivial-auto-var-init=zero's" } */
{
  struct dp_pair p;
  dp_fill (&p);
  return p.a + p.b;
}

/* { dg-final { scan-xinline-not-exported "dp_struct" } } */
