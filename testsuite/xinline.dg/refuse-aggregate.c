/* Aggregates passed or returned by value are exported since IR version 3
   (xi_sum_pt, xi_make_pt; an aggregate behind a pointer always was).
   What stays refused, each with its note: an indirect call passing an
   aggregate by value (only a declaration of the callee gives its ABI),
   a transparent union parameter, an empty struct, and a volatile
   aggregate passed by value.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

struct pt { int x, y; };
struct empty { };
union tu { int *ip; long *lp; } __attribute__ ((transparent_union));

__xinline int
xi_sum_pt (struct pt p)
{
  return p.x + p.y;
}

__xinline struct pt
xi_make_pt (int a)
{
  struct pt p = { a, a + 1 };
  return p;
}

__xinline int
xi_sum_ptr (const struct pt *p)
{
  return p->x + p->y;
}

__xinline int
xi_call_ind (int (*fn) (struct pt), int a) /* { dg-note "xinline: 'xi_call_ind' not exported: it makes an indirect call passing or returning an aggregate by value \\(only a declaration of the callee gives its ABI\\)" } */
{
  struct pt p = { a, a };
  return fn (p);
}

__xinline int
xi_tu (union tu u) /* { dg-note "xinline: 'xi_tu' not exported: its signature has transparent union passed by value" } */
{
  return *u.ip;
}

__xinline int
xi_empty (struct empty e) /* { dg-note "xinline: 'xi_empty' not exported: its signature has empty aggregate passed or returned by value" } */
{
  return 1;
}

extern int sum_pt (struct pt);
volatile struct pt vpt;

__xinline int
xi_vol (void) /* { dg-note "xinline: 'xi_vol' not exported: it passes or returns a volatile aggregate by value" } */
{
  return sum_pt (vpt);
}

/* { dg-final { scan-xinline-exported xi_sum_pt } } */
/* { dg-final { scan-xinline-exported xi_make_pt } } */
/* { dg-final { scan-xinline-exported xi_sum_ptr } } */
/* { dg-final { scan-xinline-not-exported xi_call_ind } } */
/* { dg-final { scan-xinline-not-exported xi_tu } } */
/* { dg-final { scan-xinline-not-exported xi_empty } } */
/* { dg-final { scan-xinline-not-exported xi_vol } } */
