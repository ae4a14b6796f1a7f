/* Bitfields of a packed struct (unaligned, straddling bytes) and volatile
   bitfields, read and written by imported helpers: all calls inlined,
   same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-bitfield-packed-provider.c" } */

#include <stdio.h>
#include <string.h>
#include "imp-bitfield-packed.h"

extern int xi_pbf_get (const struct pbf *, int);
extern void xi_pbf_put (struct pbf *, int, int, int);
extern unsigned xi_vbf_read (const struct vbf *);
extern void xi_vbf_write (struct vbf *, unsigned);

volatile int in[] = { 0, 1, 127, 128, -1, -1024, 1023, 16383, 0x12345 };
volatile unsigned uin[] = { 0, 0xffffffffu, 0x80000000u, 0x12345678u,
			    0x0000fff0u, 0x7fff000fu };

int
main (void)
{
  struct { char pad; struct pbf p; } s;
  memset (&s, 0x3c, sizeof s);
  printf ("size %u\n", (unsigned) sizeof (struct pbf));
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      xi_pbf_put (&s.p, in[i], in[(i + 3) % 9], in[(i + 5) % 9]);
      printf ("%d %d %d %d %d pad=%d\n", xi_pbf_get (&s.p, 0),
	      xi_pbf_get (&s.p, 1), xi_pbf_get (&s.p, 2),
	      xi_pbf_get (&s.p, 3), xi_pbf_get (&s.p, 4), s.pad);
    }
  struct vbf v;
  memset (&v, 0, sizeof v);
  for (unsigned i = 0; i < sizeof uin / sizeof uin[0]; i++)
    {
      xi_vbf_write (&v, uin[i]);
      printf ("%#x -> %#x\n", uin[i], xi_vbf_read (&v));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_pbf_get } } */
/* { dg-final { scan-objdump-calls-not xi_pbf_put } } */
/* { dg-final { scan-objdump-calls-not xi_vbf_read } } */
/* { dg-final { scan-objdump-calls-not xi_vbf_write } } */
