/* Provider for imp-deferred-init.c, compiled with
   -ftrivial-auto-var-init=zero: helpers whose automatic variables are
   read before any other write, so the zeroing decides their values.  */
#include <xinline.h>

struct idi_pair { int a; long b; char c; };

__attribute__ ((noinline)) void
idi_fill (struct idi_pair *p, int n)
{
  if (n > 2)
    p->b = n;
}

__xinline long
idi_struct (int n)
{
  struct idi_pair p;
  idi_fill (&p, n);
  return p.a + p.b + p.c;
}

__xinline int
idi_scalar (int x, int n)
{
  int v;
  if (n > 1)
    v = x;
  return v;
}
