/* helpers.c - exported helpers of libhelpers.a.  check.sh edits the
   EX_WEIGHT line to change a helper's body without touching helpers.h.  */
#include "helpers.h"

#define EX_WEIGHT 3

int
ex_ring_push (struct ex_ring *r, int v)
{
  if (r->head - r->tail > r->mask)
    {
      r->drops++;
      return -1;
    }
  r->slots[r->head++ & r->mask] = v;
  return 0;
}

int
ex_ring_pop (struct ex_ring *r, int *v)
{
  if (r->head == r->tail)
    return 0;
  *v = r->slots[r->tail++ & r->mask];
  return 1;
}

unsigned int
ex_ring_count (const struct ex_ring *r)
{
  return r->head - r->tail;
}

int
ex_weight (int v)
{
  return (v & 0xff) * EX_WEIGHT + (v >> 8);
}
