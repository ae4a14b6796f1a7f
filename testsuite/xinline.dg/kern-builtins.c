/* Builtins left in kernel helper bodies (kern-builtins-provider.c):
   __builtin_expect, __builtin_unreachable,
   __builtin_trap on a dead path, a __builtin_constant_p leftover that
   folds in the caller, ffs/__ffs/fls/__fls/fls64/ffsll, popcount,
   parity, bswap16/32/64, memcpy/memset with constant and variable sizes,
   memmove, memcmp, prefetch, assume_aligned, object_size.  All inlined,
   same output as without the plugin (__builtin_expect_with_probability is
   carried as __builtin_expect), including a 16-byte memcpy GCC folds
   into a 128-bit integer load and store.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-builtins-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

struct xi_kb_hdr { uint32_t magic; uint16_t len; uint8_t kind, pad; uint64_t seq; };
extern int xi_kb_expect (long);
extern int xi_kb_expect_prob (long);
extern int xi_kb_unreachable (unsigned);
extern unsigned xi_kb_trap (unsigned, unsigned);
extern unsigned long xi_kb_const_p (unsigned long);
extern int xi_kb_ffs (int);
extern unsigned long xi_kb___ffs (unsigned long);
extern int xi_kb_fls (unsigned);
extern unsigned long xi_kb___fls (unsigned long);
extern int xi_kb_fls64 (uint64_t);
extern int xi_kb_ffsll (long long);
extern unsigned xi_kb_hweight (unsigned long);
extern int xi_kb_parity (uint64_t);
extern uint16_t xi_kb_bswap16 (uint16_t);
extern uint32_t xi_kb_bswap32 (uint32_t);
extern uint64_t xi_kb_bswap64 (uint64_t);
extern void xi_kb_copy_hdr (struct xi_kb_hdr *, const struct xi_kb_hdr *);
extern void xi_kb_clear_hdr (struct xi_kb_hdr *);
extern void *xi_kb_copy (void *, const void *, size_t);
extern void xi_kb_fill (void *, int, size_t);
extern void xi_kb_move (char *, size_t);
extern int xi_kb_same (const void *, const void *, size_t);
extern long xi_kb_misc (const long *);

/* The slow path of xi_kb_const_p: same value as the constant path. */
unsigned long
xi_kb_slow_path (unsigned long n)
{
  return n * 4 + (n >> 3);
}

volatile unsigned long vin[] = { 1, 2, 3, 0x80, 0x8000, 0x80000000u,
				 0x100000000ull, 0x0123456789abcdefull,
				 0x8000000000000000ull, ~0ull };
#define N (sizeof vin / sizeof vin[0])

int
main (void)
{
  struct xi_kb_hdr a = { 1, 2, 3, 4, 5 }, b;
  char buf[64];
  long arr[16] __attribute__ ((aligned (8)));

  for (unsigned i = 0; i < N; i++)
    {
      unsigned long v = vin[i];
      printf ("%d %d %d %u %lu %d %lu %lu %d %d %u %d %#x %#x %#llx\n",
	      xi_kb_expect ((long) v), xi_kb_expect_prob ((long) v),
	      xi_kb_unreachable (v), xi_kb_trap (i, (unsigned) vin[N - 1]),
	      xi_kb_const_p (v),
	      xi_kb_ffs ((int) v), xi_kb___ffs (v), xi_kb___fls (v),
	      xi_kb_fls ((unsigned) v), xi_kb_fls64 (v), xi_kb_hweight (v),
	      xi_kb_parity (v) + xi_kb_ffsll ((long long) v),
	      xi_kb_bswap16 ((uint16_t) v), xi_kb_bswap32 ((uint32_t) v),
	      (unsigned long long) xi_kb_bswap64 (v));
    }
  /* A constant argument: the __builtin_constant_p path, folded here. */
  printf ("%lu\n", xi_kb_const_p (1000));

  xi_kb_copy_hdr (&b, &a);
  printf ("%u %u %u %u %llu\n", b.magic, b.len, b.kind, b.pad,
	  (unsigned long long) b.seq);
  xi_kb_clear_hdr (&b);
  printf ("%#x %u %llu\n", b.magic, b.len, (unsigned long long) b.seq);
  for (unsigned i = 0; i < sizeof buf; i++)
    buf[i] = (char) ('A' + i % 26);
  xi_kb_fill (buf + 3, '-', vin[2]);
  xi_kb_move (buf, vin[4] & 15);
  if (xi_kb_copy (buf + 40, buf, vin[3] & 15) != buf + 40)
    return 1;
  printf ("%.60s %d %d\n", buf, xi_kb_same (buf, buf + 40, 8),
	  xi_kb_same (buf, buf + 1, 8));
  for (int i = 0; i < 16; i++)
    arr[i] = i * i;
  printf ("%ld\n", xi_kb_misc (arr));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_kb_expect } } */
/* { dg-final { scan-objdump-calls-not xi_kb_expect_prob } } */
/* { dg-final { scan-objdump-calls-not xi_kb_unreachable } } */
/* { dg-final { scan-objdump-calls-not xi_kb_trap } } */
/* { dg-final { scan-objdump-calls-not xi_kb_const_p } } */
/* { dg-final { scan-objdump-calls-not xi_kb_ffs } } */
/* { dg-final { scan-objdump-calls-not xi_kb___ffs } } */
/* { dg-final { scan-objdump-calls-not xi_kb_fls } } */
/* { dg-final { scan-objdump-calls-not xi_kb___fls } } */
/* { dg-final { scan-objdump-calls-not xi_kb_fls64 } } */
/* { dg-final { scan-objdump-calls-not xi_kb_ffsll } } */
/* { dg-final { scan-objdump-calls-not xi_kb_hweight } } */
/* { dg-final { scan-objdump-calls-not xi_kb_parity } } */
/* { dg-final { scan-objdump-calls-not xi_kb_bswap16 } } */
/* { dg-final { scan-objdump-calls-not xi_kb_bswap32 } } */
/* { dg-final { scan-objdump-calls-not xi_kb_bswap64 } } */
/* { dg-final { scan-objdump-calls-not xi_kb_copy_hdr } } */
/* { dg-final { scan-objdump-calls-not xi_kb_clear_hdr } } */
/* { dg-final { scan-objdump-calls-not xi_kb_copy } } */
/* { dg-final { scan-objdump-calls-not xi_kb_fill } } */
/* { dg-final { scan-objdump-calls-not xi_kb_move } } */
/* { dg-final { scan-objdump-calls-not xi_kb_same } } */
/* { dg-final { scan-objdump-calls-not xi_kb_misc } } */
/* The constant call folded: the slow path is called from the loop only
   (once), never for 1000 (4125 is computed at compile time). */
/* { dg-final { scan-assembler "\\\$4125" } } */
/* { dg-final { scan-assembler "ud2" } } */
