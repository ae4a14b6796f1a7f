/* helpers.h - the small helpers libhelpers.a exports (their bodies are in
   helpers.c only: a consumer sees these declarations, and with xinline the
   bodies from helpers.xdb).  */
#ifndef EX_HELPERS_H
#define EX_HELPERS_H

struct ex_ring
{
  unsigned int head, tail;	/* free-running; mask picks the slot */
  unsigned int mask;		/* slots - 1, slots a power of two */
  int *slots;
  unsigned long drops;
};

int ex_ring_push (struct ex_ring *r, int v);
int ex_ring_pop (struct ex_ring *r, int *v);
unsigned int ex_ring_count (const struct ex_ring *r);
int ex_weight (int v);

#endif
