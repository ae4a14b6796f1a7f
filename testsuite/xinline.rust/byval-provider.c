/* Provider for byval.rs: aggregates passed and returned by value, of the
   sizes x86-64 passes in one register (1..8 bytes), in two (9..16) and in
   memory (more), as the kernel uses them (refcount_t REFCOUNT_INIT, a
   bio_vec iterator step, kuid_t); and the forms the LLVM translator
   cannot prove (floating-point fields, packed fields, a by-value call).  */
#include <xinline.h>

typedef struct { int counter; } xi_bv_atomic;
typedef struct { xi_bv_atomic refs; } xi_bv_refcount;
struct xi_bv_vec { void *page; unsigned len, off; };
typedef struct { unsigned val; } xi_bv_kuid;
struct xi_bv_rgb { unsigned char r, g, b; };
struct xi_bv_six { unsigned short a, b, c; };
struct xi_bv_twelve { unsigned a, b, c; };
struct xi_bv_big { long a, b, c; };
struct xi_bv_huge { unsigned char bytes[40]; };
union xi_bv_u { unsigned long l; unsigned char c[8]; };
struct xi_bv_dbl { double x, y; };
struct xi_bv_packed { char c; long l; } __attribute__ ((packed));

__xinline xi_bv_refcount xi_bv_refcount_init (int n)
{
  xi_bv_refcount r = { { n } };
  return r;
}

__xinline int xi_bv_refcount_read (xi_bv_refcount r) { return r.refs.counter; }

__xinline struct xi_bv_vec
xi_bv_iter (struct xi_bv_vec v, unsigned done)
{
  struct xi_bv_vec r = { (char *) v.page + (v.off + done) / 4096,
                         v.len - done, (v.off + done) % 4096 };
  return r;
}

__xinline xi_bv_kuid xi_bv_make_kuid (unsigned v) { xi_bv_kuid k = { v }; return k; }
__xinline unsigned xi_bv_kuid_val (xi_bv_kuid k) { return k.val; }

__xinline struct xi_bv_rgb
xi_bv_rgb_mix (struct xi_bv_rgb a, struct xi_bv_rgb b)
{
  struct xi_bv_rgb r = { (a.r + b.r) / 2, (a.g + b.g) / 2, (a.b + b.b) / 2 };
  return r;
}

__xinline struct xi_bv_six
xi_bv_six_rot (struct xi_bv_six s)
{
  struct xi_bv_six r = { s.b, s.c, s.a };
  return r;
}

__xinline struct xi_bv_twelve
xi_bv_twelve_add (struct xi_bv_twelve t, unsigned char k)
{
  t.a += k;
  t.c ^= t.b;
  return t;
}

__xinline struct xi_bv_big
xi_bv_big_sum (struct xi_bv_big a, struct xi_bv_big b, long k)
{
  struct xi_bv_big r = { a.a + b.a, a.b - b.b, a.c * k };
  return r;
}

__xinline long xi_bv_big_read (long x, struct xi_bv_big b) { return x + b.c; }

__xinline struct xi_bv_huge
xi_bv_huge_fill (unsigned char v)
{
  struct xi_bv_huge h;
  for (int i = 0; i < 40; i++)
    h.bytes[i] = (unsigned char) (v + i);
  return h;
}

__xinline unsigned long
xi_bv_union (union xi_bv_u u)
{
  return u.l ^ u.c[3];
}

/* Refused: floating-point fields are passed in SSE registers (rustc
   declares { double, double }).  The body only copies their bytes.  */
__xinline unsigned long
xi_bv_dbl_bits (struct xi_bv_dbl d)
{
  unsigned long l[2];
  __builtin_memcpy (l, &d, sizeof l);
  return l[0] ^ l[1];
}

/* Refused: a packed field makes the aggregate MEMORY class.  */
__xinline long xi_bv_packed_l (struct xi_bv_packed p) { return p.l + p.c; }

/* Refused: a call passing an aggregate by value (its callee's ABI).  */
__attribute__ ((noipa)) unsigned
xi_bv_out_of_line (struct xi_bv_twelve t)
{
  return t.a + t.b + t.c;
}
__xinline unsigned
xi_bv_calls (unsigned x)
{
  struct xi_bv_twelve t = { x, x + 1, x + 2 };
  return xi_bv_out_of_line (t);
}
