/* main.c - app: pushes and pops through libhelpers' helpers.  */
#include <stdio.h>
#include "helpers.h"

int
main (void)
{
  int slots[8], v;
  struct ex_ring r = { 0, 0, 7, slots, 0 };
  long sum = 0;

  for (int i = 0; i < 1000; i++)
    {
      ex_ring_push (&r, i * 37);
      if (i % 3 == 0)
	ex_ring_push (&r, i);
      if (ex_ring_count (&r) > 5 && ex_ring_pop (&r, &v))
	sum += ex_weight (v);
    }
  while (ex_ring_pop (&r, &v))
    sum += ex_weight (v);
  printf ("sum %ld drops %lu\n", sum, r.drops);
  return 0;
}
