/* Aggregate copies (*dst = *src of a 40-byte struct with padding, of a
   small struct via a temporary, between elements of an array selected by
   variables) and aggregate zeroing/initialization (*p = (struct ag){0},
   a compound literal with designators) in imported helpers.  All calls
   inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-aggr-provider.c" } */

#include <stdio.h>
#include <string.h>
#include "imp-aggr.h"

extern void xi_ag_copy (struct ag *, const struct ag *);
extern void xi_ag_zero (struct ag *);
extern void xi_ag_init (struct ag *, int);
extern void xi_ag_swap (struct ag_small *, struct ag_small *);
extern void xi_ag_copy_elem (struct ag *, int, int);

static void
show (const struct ag *p)
{
  printf ("{%d \"%.13s\" %d %lld %u %u %u}\n", p->id, p->name, p->s, p->big,
	  p->bytes[0], p->bytes[1], p->bytes[2]);
}

volatile int vi = 2;

int
main (void)
{
  struct ag a, b, arr[4];
  memset (&a, 0x11, sizeof a);
  memset (&b, 0x22, sizeof b);
  a.id = 7;
  strcpy (a.name, "twelve chars");
  a.s = -32768;
  a.big = -9223372036854775807LL;
  xi_ag_copy (&b, &a);
  show (&b);
  xi_ag_zero (&a);
  show (&a);
  for (int i = 0; i < 4; i++)
    xi_ag_init (&arr[i], i * 10);
  arr[1].bytes[2] = 200;
  strcpy (arr[1].name, "one");
  xi_ag_copy_elem (arr, vi + 1, vi - 1);
  xi_ag_copy_elem (arr, 0, vi);
  for (int i = 0; i < 4; i++)
    show (&arr[i]);
  struct ag_small x = { -1, 'x' }, y = { 12345, 'y' };
  xi_ag_swap (&x, &y);
  xi_ag_swap (&x, &x);
  printf ("%d %c %d %c\n", x.a, x.b, y.a, y.b);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ag_copy } } */
/* { dg-final { scan-objdump-calls-not xi_ag_zero } } */
/* { dg-final { scan-objdump-calls-not xi_ag_init } } */
/* { dg-final { scan-objdump-calls-not xi_ag_swap } } */
/* { dg-final { scan-objdump-calls-not xi_ag_copy_elem } } */
