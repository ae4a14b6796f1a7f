/* Bitfields in imported helpers: signed 3-bit and 13-bit, unsigned 5-bit,
   a 1-bit _Bool, a 10-bit field straddling bytes and a 40-bit field
   crossing a 32-bit boundary inside a 64-bit unit, read and written, with
   the neighbouring fields (mid, rest, last) left intact.  All calls
   inlined; same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-bitfield-provider.c" } */

#include <stdio.h>
#include "imp-bitfield.h"

extern int xi_bf_s3 (const struct bf *);
extern unsigned xi_bf_u5 (const struct bf *);
extern _Bool xi_bf_flag (const struct bf *);
extern unsigned xi_bf_straddle (const struct bf *);
extern int xi_bf_s13 (const struct bf *);
extern unsigned long long xi_bf_big (const struct bf *);
extern void xi_bf_set (struct bf *, int);
extern void xi_bf_inc (struct bf *);

volatile int vals[] = { 0, 1, 3, 4, 7, -1, -4, 0x1ff, 0x3ff, 0x155, -1365,
			4095, -4096, 0x7fff };

static void
show (const char *what, const struct bf *p)
{
  printf ("%s s3=%d u5=%u flag=%d straddle=%u s13=%d big=%#llx "
	  "rest=%#llx mid=%u last=%u\n",
	  what, xi_bf_s3 (p), xi_bf_u5 (p), xi_bf_flag (p),
	  xi_bf_straddle (p), xi_bf_s13 (p), xi_bf_big (p),
	  (unsigned long long) p->rest, p->mid, p->last);
}

int
main (void)
{
  struct bf b;
  __builtin_memset (&b, 0xa5, sizeof b);
  show ("init", &b);
  for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
    {
      b.last = (unsigned char) (0xf0 + i);
      b.mid = (unsigned char) (0x0f + i);
      b.rest = 0xabcdefu - i;
      xi_bf_set (&b, vals[i]);
      show ("set ", &b);
      xi_bf_inc (&b);
      show ("inc ", &b);
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_bf_s3 } } */
/* { dg-final { scan-objdump-calls-not xi_bf_u5 } } */
/* { dg-final { scan-objdump-calls-not xi_bf_flag } } */
/* { dg-final { scan-objdump-calls-not xi_bf_straddle } } */
/* { dg-final { scan-objdump-calls-not xi_bf_s13 } } */
/* { dg-final { scan-objdump-calls-not xi_bf_big } } */
/* { dg-final { scan-objdump-calls-not xi_bf_set } } */
/* { dg-final { scan-objdump-calls-not xi_bf_inc } } */
