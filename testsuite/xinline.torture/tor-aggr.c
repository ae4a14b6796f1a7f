/* Aggregate copies (*d = *s, array elements moved in a loop through a
   local temporary) and aggregate zeroing (*p = (struct){0}) in imported
   helpers, at every optimization level: all inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-aggr-provider.c" } */

#include <stdio.h>
#include <string.h>

struct tag_rec { long id; char name[11]; unsigned char flags; int vals[5]; };

extern void xi_tag_copy (struct tag_rec *, const struct tag_rec *);
extern void xi_tag_clear (struct tag_rec *);
extern void xi_tag_rotate (struct tag_rec *, int);

volatile int vn = 4;

static void
show (const struct tag_rec *r)
{
  printf ("%ld %s %u %d %d\n", r->id, r->name, r->flags, r->vals[0], r->vals[4]);
}

int
main (void)
{
  struct tag_rec a[4];
  memset (a, 0x77, sizeof a);
  for (int i = 0; i < 4; i++)
    {
      a[i].id = -i * 1000000000000L;
      snprintf (a[i].name, sizeof a[i].name, "rec%d", i);
      a[i].flags = (unsigned char) (i * 60);
      a[i].vals[0] = i;
      a[i].vals[4] = -i;
    }
  xi_tag_rotate (a, vn);
  for (int i = 0; i < 4; i++)
    show (&a[i]);
  struct tag_rec b;
  xi_tag_copy (&b, &a[vn - 1]);
  show (&b);
  xi_tag_clear (&a[1]);
  show (&a[1]);
  xi_tag_copy (&a[2], &a[1]);
  show (&a[2]);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tag_copy } } */
/* { dg-final { scan-objdump-calls-not xi_tag_clear } } */
/* { dg-final { scan-objdump-calls-not xi_tag_rotate } } */
