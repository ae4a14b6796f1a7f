/* Refusal: aggregates passed or returned by value are not exported (their
   calling convention is not carried by the IR); an aggregate behind a
   pointer is fine.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

struct pt { int x, y; };

__xinline int
xi_sum_pt (struct pt p) /* { dg-note "xinline: 'xi_sum_pt' not exported: its signature has aggregate passed or returned by value" } */
{
  return p.x + p.y;
}

__xinline struct pt
xi_make_pt (int a) /* { dg-note "xinline: 'xi_make_pt' not exported: its signature has aggregate passed or returned by value" } */
{
  struct pt p = { a, a + 1 };
  return p;
}

__xinline int
xi_sum_ptr (const struct pt *p)
{
  return p->x + p->y;
}

/* { dg-final { scan-xinline-not-exported xi_sum_pt } } */
/* { dg-final { scan-xinline-not-exported xi_make_pt } } */
/* { dg-final { scan-xinline-exported xi_sum_ptr } } */
