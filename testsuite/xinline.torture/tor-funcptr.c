/* Calls through function pointers (an argument, possibly NULL, in a
   loop) and a helper returning the address of an external function, at
   every optimization level: all inlined, same output as without the
   plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-funcptr-provider.c" } */

#include <stdio.h>

typedef long (*tf_fn) (long);

extern long xi_tf_call (tf_fn, long);
extern long xi_tf_map (tf_fn, long *, int);
extern tf_fn xi_tf_default (void);

long tf_twice (long x) { return 2 * x; }
static long tf_sq (long x) { return x * x; }

tf_fn volatile vf = tf_sq;
tf_fn volatile vnull;
volatile int vn = 5;

int
main (void)
{
  long v[5] = { 1, -2, 3, -4, 5 };
  printf ("%ld %ld %ld\n", xi_tf_call (vf, 9), xi_tf_call (vnull, 9),
	  xi_tf_call (xi_tf_default (), 9));
  printf ("%ld ", xi_tf_map (vf, v, vn));
  printf ("%ld ", xi_tf_map (xi_tf_default (), v, vn));
  printf ("%ld %d\n", v[4], xi_tf_default () == tf_twice);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tf_call } } */
/* { dg-final { scan-objdump-calls-not xi_tf_map } } */
/* { dg-final { scan-objdump-calls-not xi_tf_default } } */
