/* Provider for kern-builtins.c: the builtins kernel helpers leave in
   their bodies.  */
#include <xinline.h>
#include <stdint.h>
#include <stddef.h>

extern unsigned long xi_kb_slow_path (unsigned long);

/* likely/unlikely */
__xinline int xi_kb_expect (long v)
{
  if (__builtin_expect (v < 0, 0))
    return -1;
  if (__builtin_expect (v > 100, 1))
    return 2;
  return __builtin_expect (v, 7) == 7;
}

/* __builtin_expect_with_probability: its probability is a double. */
__xinline int xi_kb_expect_prob (long v)
{
  if (__builtin_expect_with_probability (v > 100, 1, 0.9))
    return 2;
  return 1;
}

/* unreachable(): after a switch that covers every value */
__xinline int xi_kb_unreachable (unsigned v)
{
  switch (v & 3)
    {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    }
  __builtin_unreachable ();
}

/* BUG_ON()-style trap on an impossible path */
__xinline unsigned xi_kb_trap (unsigned v, unsigned limit)
{
  if (v > limit)
    __builtin_trap ();
  return limit - v;
}

/* __builtin_constant_p leftover, as in the kernel's msecs_to_jiffies():
   both paths compute the same value; the constant one folds in the
   caller once the argument is known. */
__xinline unsigned long xi_kb_const_p (unsigned long n)
{
  if (__builtin_constant_p (n))
    return n * 4 + (n >> 3);
  return xi_kb_slow_path (n);
}

/* Bit builtins in their kernel spellings (ffs, __ffs, fls, __fls,
   fls64, hweight, parity, bswap) */
__xinline int xi_kb_ffs (int x) { return __builtin_ffs (x); }
__xinline unsigned long xi_kb___ffs (unsigned long w) { return __builtin_ctzl (w); }
__xinline int xi_kb_fls (unsigned x) { return x ? 32 - __builtin_clz (x) : 0; }
__xinline unsigned long xi_kb___fls (unsigned long w) { return 63 - __builtin_clzl (w); }
__xinline int xi_kb_fls64 (uint64_t x) { return x ? 64 - __builtin_clzll (x) : 0; }
__xinline int xi_kb_ffsll (long long x) { return __builtin_ffsll (x); }
__xinline unsigned xi_kb_hweight (unsigned long w)
{
  return __builtin_popcountl (w) + __builtin_popcount ((unsigned) w >> 1);
}
__xinline int xi_kb_parity (uint64_t x) { return __builtin_parityll (x); }
__xinline uint16_t xi_kb_bswap16 (uint16_t x) { return __builtin_bswap16 (x); }
__xinline uint32_t xi_kb_bswap32 (uint32_t x) { return __builtin_bswap32 (x); }
__xinline uint64_t xi_kb_bswap64 (uint64_t x) { return __builtin_bswap64 (x); }

/* memcpy/memset/memmove/memcmp: constant sizes (expanded inline) and
   variable sizes (library calls).  GCC folds the 16-byte memcpy of
   xi_kb_copy_hdr into one 128-bit integer load and store. */
struct xi_kb_hdr { uint32_t magic; uint16_t len; uint8_t kind, pad; uint64_t seq; };
__xinline void xi_kb_copy_hdr (struct xi_kb_hdr *d, const struct xi_kb_hdr *s)
{
  __builtin_memcpy (d, s, sizeof *d);
}
__xinline void xi_kb_clear_hdr (struct xi_kb_hdr *d)
{
  __builtin_memset (d, 0, sizeof *d);
  d->magic = 0x4b424844;
}
__xinline void *xi_kb_copy (void *d, const void *s, size_t n)
{
  return __builtin_memcpy (d, s, n);
}
__xinline void xi_kb_fill (void *d, int c, size_t n)
{
  __builtin_memset (d, c, n);
}
__xinline void xi_kb_move (char *buf, size_t n)
{
  __builtin_memmove (buf + 1, buf, n);
}
__xinline int xi_kb_same (const void *a, const void *b, size_t n)
{
  return __builtin_memcmp (a, b, n) == 0;
}

/* prefetch, assume_aligned, object_size */
__xinline long xi_kb_misc (const long *p)
{
  __builtin_prefetch (p + 8, 0, 3);
  const long *q = __builtin_assume_aligned (p, 8);
  size_t os = __builtin_object_size (p, 0);
  /* Unknown (-1) out of line; the caller's object size once inlined. */
  return q[1] + (os == (size_t) -1 || os >= 2 * sizeof (long));
}
