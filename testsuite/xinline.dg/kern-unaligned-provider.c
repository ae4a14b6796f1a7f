/* Provider for kern-unaligned.c: unaligned accesses the kernel's ways
   (get_unaligned/put_unaligned through a packed struct, through memcpy,
   packed on-disk/wire structs), and bit-field reads and writes.  */
#include <xinline.h>
#include <stdint.h>
#include "kern-unaligned.h"

/* include/linux/unaligned/packed_struct.h style (6.1:
   __get_unaligned_t / __put_unaligned_t) */
#define xi_get_unaligned_t(type, ptr) ({                                  \
  const struct { type x; } __attribute__ ((__packed__)) *__pptr           \
    = (const void *) (ptr);                                               \
  __pptr->x; })
#define xi_put_unaligned_t(type, val, ptr) do {                           \
  struct { type x; } __attribute__ ((__packed__)) *__pptr                 \
    = (void *) (ptr);                                                     \
  __pptr->x = (val); } while (0)

__xinline uint16_t xi_ku_get16 (const void *p) { return xi_get_unaligned_t (uint16_t, p); }
__xinline uint32_t xi_ku_get32 (const void *p) { return xi_get_unaligned_t (uint32_t, p); }
__xinline uint64_t xi_ku_get64 (const void *p) { return xi_get_unaligned_t (uint64_t, p); }
__xinline void xi_ku_put32 (void *p, uint32_t v) { xi_put_unaligned_t (uint32_t, v, p); }
__xinline void xi_ku_put64 (void *p, uint64_t v) { xi_put_unaligned_t (uint64_t, v, p); }

/* get_unaligned_be32 / put_unaligned_le16 built on memcpy */
__xinline uint32_t xi_ku_get_be32 (const uint8_t *p)
{
  uint32_t v;
  __builtin_memcpy (&v, p, sizeof v);
  return __builtin_bswap32 (v);
}
__xinline void xi_ku_put_le16 (uint8_t *p, uint16_t v)
{
  __builtin_memcpy (p, &v, sizeof v);
}

/* The packed wire header (kern-unaligned.h) read and updated in place */
__xinline uint64_t xi_ku_wire_sum (const struct xi_ku_wire *w)
{
  return w->type + w->len + w->port + w->cookie;
}
__xinline void xi_ku_wire_bump (struct xi_ku_wire *w, uint32_t n)
{
  w->len += n;
  w->cookie ^= (uint64_t) n << 33;
  w->port = (uint16_t) (w->port + 1);
}

/* Bit-fields (kern-unaligned.h) */

__xinline long xi_ku_bf_read (const struct xi_ku_flags *f)
{
  return f->state + f->dirty * 10 + f->delta * 100L + f->count * 1000L
         + f->busy + (long) (f->big >> 3) + f->tail;
}
__xinline void xi_ku_bf_write (struct xi_ku_flags *f, int v)
{
  f->state = v;
  f->dirty = (v >> 1) & 1;
  f->delta = -v;
  f->count += v * 7;
  f->busy = v & 1;
  f->big = (unsigned long long) v << 30;
  f->tail--;
}
/* Single-bit tests: GCC folds these to a BIT_FIELD_REF of the byte that
   holds the bit. */
__xinline int xi_ku_bf_test (const struct xi_ku_flags *f)
{
  return f->dirty ? 5 : 7;
}
__xinline void xi_ku_bf_flip (struct xi_ku_flags *f)
{
  f->dirty = !f->dirty;
}
__xinline unsigned long long xi_ku_wide (struct xi_ku_wide *w, unsigned v)
{
  w->lo += v;
  return w->lo + (w->hi >> 4);
}
__xinline unsigned xi_ku_pbf (struct xi_ku_pflags *f, unsigned v)
{
  f->mid = v;
  f->hi ^= v >> 3;
  return f->tag + f->mid + f->hi;
}
