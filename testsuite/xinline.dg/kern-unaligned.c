/* Unaligned accesses and bit-fields in imported helpers
   (kern-unaligned-provider.c): get_unaligned/put_unaligned through a
   packed struct and through memcpy, a packed wire header, bit-field
   reads and writes (signed, straddling, bool, 64-bit container, packed).
   Every access is at an odd address; all inlined, same output as without
   the plugin, including xi_ku_wide, whose bit-fields form one group of 70
   bits with a 128-bit integer DECL_BIT_FIELD_REPRESENTATIVE, and
   xi_ku_bf_test/xi_ku_bf_flip, where GCC folds a one-bit test to a
   BIT_FIELD_REF of the byte.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-unaligned-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "kern-unaligned.h"

extern uint16_t xi_ku_get16 (const void *);
extern uint32_t xi_ku_get32 (const void *);
extern uint64_t xi_ku_get64 (const void *);
extern void xi_ku_put32 (void *, uint32_t);
extern void xi_ku_put64 (void *, uint64_t);
extern uint32_t xi_ku_get_be32 (const uint8_t *);
extern void xi_ku_put_le16 (uint8_t *, uint16_t);
extern uint64_t xi_ku_wire_sum (const struct xi_ku_wire *);
extern void xi_ku_wire_bump (struct xi_ku_wire *, uint32_t);
extern long xi_ku_bf_read (const struct xi_ku_flags *);
extern void xi_ku_bf_write (struct xi_ku_flags *, int);
extern int xi_ku_bf_test (const struct xi_ku_flags *);
extern void xi_ku_bf_flip (struct xi_ku_flags *);
extern unsigned long long xi_ku_wide (struct xi_ku_wide *, unsigned);
extern unsigned xi_ku_pbf (struct xi_ku_pflags *, unsigned);

static uint8_t buf[64] __attribute__ ((aligned (16)));

int
main (void)
{
  for (unsigned i = 0; i < sizeof buf; i++)
    buf[i] = (uint8_t) (i * 37 + 11);
  for (unsigned off = 1; off < 16; off += 2)
    {
      printf ("%#x %#x %#llx %#x ", xi_ku_get16 (buf + off),
	      xi_ku_get32 (buf + off),
	      (unsigned long long) xi_ku_get64 (buf + off),
	      xi_ku_get_be32 (buf + off));
      xi_ku_put32 (buf + off + 16, 0xa1b2c3d4u + off);
      xi_ku_put64 (buf + off + 32, 0x0102030405060708ull * off);
      xi_ku_put_le16 (buf + off + 48, (uint16_t) (0xbeef + off));
      printf ("%#x %#llx\n", xi_ku_get32 (buf + off + 16),
	      (unsigned long long) xi_ku_get64 (buf + off + 31));
    }

  struct { uint8_t pad; struct xi_ku_wire w; } __attribute__ ((packed)) pw;
  memset (&pw, 0, sizeof pw);
  pw.w.type = 7;
  pw.w.len = 100000;
  pw.w.port = 65535;
  pw.w.cookie = 0x123456789ull;
  printf ("%llu ", (unsigned long long) xi_ku_wire_sum (&pw.w));
  xi_ku_wire_bump (&pw.w, 77);
  printf ("%llu %u %u\n", (unsigned long long) xi_ku_wire_sum (&pw.w),
	  pw.w.len, pw.w.port);

  struct xi_ku_flags f;
  memset (&f, 0, sizeof f);
  f.count = 16000;
  f.tail = 5;
  for (int v = -3; v < 5; v++)
    {
      xi_ku_bf_write (&f, v);
      printf ("%ld %u %u %d %u %d %llu %llu\n", xi_ku_bf_read (&f), f.state,
	      f.dirty, f.delta, f.count, f.busy, (unsigned long long) f.big,
	      (unsigned long long) f.tail);
      xi_ku_bf_flip (&f);
      printf ("%d %u\n", xi_ku_bf_test (&f), f.dirty);
    }

  struct xi_ku_wide w = { 5, 0xfedcba9876ull };
  for (unsigned v = 0; v < 3; v++)
    printf ("%llu ", xi_ku_wide (&w, v * 0x10000000u));
  printf ("%u %llu\n", w.lo, (unsigned long long) w.hi);

  struct { uint8_t pad; struct xi_ku_pflags p; uint8_t guard; } __attribute__ ((packed)) pp;
  memset (&pp, 0x5a, sizeof pp);
  for (unsigned v = 0; v < 9000; v += 1234)
    printf ("%u ", xi_ku_pbf (&pp.p, v));
  printf ("%u %u\n", pp.pad, pp.guard);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ku_get16 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_get32 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_get64 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_put32 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_put64 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_get_be32 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_put_le16 } } */
/* { dg-final { scan-objdump-calls-not xi_ku_wire_sum } } */
/* { dg-final { scan-objdump-calls-not xi_ku_wire_bump } } */
/* { dg-final { scan-objdump-calls-not xi_ku_bf_read } } */
/* { dg-final { scan-objdump-calls-not xi_ku_bf_write } } */
/* { dg-final { scan-objdump-calls-not xi_ku_pbf } } */
/* { dg-final { scan-objdump-calls-not xi_ku_wide } } */
/* { dg-final { scan-objdump-calls-not xi_ku_bf_test } } */
/* { dg-final { scan-objdump-calls-not xi_ku_bf_flip } } */
