/* The form of an imported access through a pointer parameter: a member
   of the record this unit's declaration says the parameter points to,
   e.g. `b->size' for `load u32 [r0 + 12]' (with a ref-all base: alias set
   0), so that the caller's `&c->bios[i]' is substituted into it and the
   member's offset folded into the access, as for a static inline body:
   `24588(%reg)', the offset of bios plus that of size, and 25604 for the
   byte of devs[i]'s bit-fields (their representative).  As a plain
   MEM_REF of the parameter, `&c->bios[i]' stayed a computed pointer,
   c + (i + 1536) * 16: one `addq $1536' more (`$1600' for devs).  Run:
   the same results as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-member-ref-provider.c" } */

#include <stdio.h>
#include "imp-member-ref.h"

unsigned bio_size (const struct bio *);
unsigned bio_first_len (const struct bio *);
void bio_set_size (struct bio *, unsigned);
unsigned dev_mode (const struct dev *);
void dev_set_mode (struct dev *, unsigned);
void dev_add (struct dev *, unsigned long);

__attribute__ ((noipa)) unsigned long
sizes (struct ctx *c, unsigned long i)
{
  struct bio *b = &c->bios[i & 63];
  unsigned long s = bio_size (b) + bio_first_len (b);
  bio_set_size (b, s);
  return s;
}

__attribute__ ((noipa)) unsigned long
modes (struct ctx *c, unsigned long i)
{
  struct dev *d = &c->devs[i & 63];
  dev_set_mode (d, dev_mode (d) + 1);
  dev_add (d, 8);
  return d->sectors + dev_mode (d);
}

static struct ctx ctx;
static struct seg segs[4] = { { 0, 0, 10 }, { 0, 0, 20 }, { 0, 0, 30 }, { 0, 0, 40 } };

int
main (void)
{
  for (int i = 0; i < 64; i++)
    {
      ctx.bios[i].segs = &segs[i & 3];
      ctx.bios[i].size = i;
      ctx.devs[i].mode = i;
      ctx.devs[i].prio = 15 - (i & 15);
      ctx.devs[i].sectors = i * 100;
    }
  unsigned long s = 0;
  for (unsigned long i = 0; i < 1000; i++)
    s = s * 31 + sizes (&ctx, i) + modes (&ctx, i * 7);
  printf ("%lu %u %u %u\n", s, ctx.bios[5].size, ctx.devs[9].mode,
	  ctx.devs[9].prio);
  return 0;
}

/* { dg-final { scan-assembler "\t24588\\(%r\[a-z0-9\]+\\), %e" } } */
/* { dg-final { scan-assembler "\t25604\\(%r\[a-z0-9\]+\\), %e" } } */
/* { dg-final { scan-assembler-not "andl\t\\\$63, %esi\n\taddq\t\\\$1536, %rsi" } } */
/* { dg-final { scan-assembler-not "andl\t\\\$63, %esi\n\taddq\t\\\$1600, %rsi" } } */
/* { dg-final { scan-objdump-calls-not "bio_size" } } */
/* { dg-final { scan-objdump-calls-not "dev_set_mode" } } */
