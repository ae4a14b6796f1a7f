/* Provider for imp-aggr.c: aggregate copies and aggregate zeroing.  */
#include <xinline.h>
#include "imp-aggr.h"

__xinline void xi_ag_copy (struct ag *dst, const struct ag *src)
{
  *dst = *src;
}

__xinline void xi_ag_zero (struct ag *p)
{
  *p = (struct ag) { 0 };
}

__xinline void xi_ag_init (struct ag *p, int id)
{
  *p = (struct ag) { .id = id, .s = -1, .big = -5 };
}

__xinline void xi_ag_swap (struct ag_small *a, struct ag_small *b)
{
  struct ag_small t = *a;
  *a = *b;
  *b = t;
}

__xinline void xi_ag_copy_elem (struct ag *arr, int to, int from)
{
  arr[to] = arr[from];
}
