/* A recursive DB helper: the outer call is inlined, the recursion still
   calls the real function, and the result is right.  Helpers the provider
   could not export (a static counter, a thread-local variable) are simply
   called.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-recursive-provider.c" } */

#include <stdio.h>

extern unsigned xi_rc_fib (unsigned);
extern int xi_rc_count (void);
extern int xi_rc_tls (void);

volatile unsigned vn = 20;

int
main (void)
{
  unsigned f = xi_rc_fib (vn);	/* { dg-note "call to 'xi_rc_fib' inlined" } */
  int a = xi_rc_count ();	/* { dg-bogus "xinline: call" } */
  int b = xi_rc_count ();
  int t = xi_rc_tls ();
  int u = xi_rc_tls ();
  printf ("%u %u %d %d %d %d\n", f, xi_rc_fib (0), a, b, t, u); /* { dg-note "call to 'xi_rc_fib' inlined" } */
  return 0;
}
