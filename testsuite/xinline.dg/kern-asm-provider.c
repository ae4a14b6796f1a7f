/* Provider for kern-asm.c: inline asm with the x86-64 constraints and
   modifiers kernel helpers use.  Each helper is one construct.  */
#include <xinline.h>
#include <stdint.h>

unsigned long xi_ka_global = 0x1234;

/* r, +r */
__xinline unsigned xi_ka_r (unsigned a, unsigned b)
{
  __asm__ ("addl %1, %0" : "+r" (a) : "r" (b));
  return a;
}

/* m input */
__xinline unsigned xi_ka_m (const unsigned *p)
{
  unsigned v;
  __asm__ ("movl %1, %0" : "=r" (v) : "m" (*p));
  return v;
}

/* +m (an atomic-style read-modify-write of memory), volatile */
__xinline void xi_ka_plus_m (unsigned *p, unsigned v)
{
  __asm__ volatile ("lock; addl %1, %0" : "+m" (*p) : "ir" (v) : "memory");
}

/* =m output, into a struct field */
struct xi_ka_pair { unsigned lo, hi; };
__xinline void xi_ka_eq_m (struct xi_ka_pair *p, unsigned v)
{
  __asm__ ("movl %1, %0" : "=m" (p->hi) : "r" (v));
}

/* =&r early clobber: the output is written before the inputs are read */
__xinline unsigned long xi_ka_early (unsigned long a, unsigned long b)
{
  unsigned long t;
  __asm__ ("movq %1, %0\n\taddq %2, %0\n\taddq %1, %0"
           : "=&r" (t) : "r" (a), "r" (b));
  return t;
}

/* i and n immediates */
__xinline unsigned xi_ka_in (unsigned a)
{
  __asm__ ("addl %1, %0" : "+r" (a) : "i" (40));
  __asm__ ("shll %1, %0" : "+r" (a) : "n" (2));
  return a;
}

/* e: signed 32-bit immediate; Z: unsigned 32-bit immediate (zero-extended
   by movl) */
__xinline unsigned long xi_ka_ez (unsigned long a)
{
  unsigned long t;
  __asm__ ("addq %1, %0" : "+r" (a) : "e" (-5L));
  __asm__ ("movl %1, %k0" : "=r" (t) : "Z" (0x80000000UL));
  return a ^ t;
}

/* q: a byte register, cc clobber */
__xinline int xi_ka_q (unsigned a, unsigned b)
{
  unsigned char c;
  __asm__ ("cmpl %2, %1\n\tsetb %0" : "=q" (c) : "r" (a), "r" (b) : "cc");
  return c;
}

/* a, b, c, d */
__xinline unsigned xi_ka_abcd (unsigned a, unsigned b, unsigned c, unsigned d)
{
  __asm__ ("addl %%ebx, %%eax\n\tsubl %%ecx, %%eax\n\txorl %%edx, %%eax"
           : "+a" (a) : "b" (b), "c" (c), "d" (d) : "cc");
  return a;
}

/* S, D, c: rep movsb, like the kernel's memcpy */
__xinline void *xi_ka_movsb (void *dst, const void *src, unsigned long n)
{
  void *ret = dst;
  __asm__ volatile ("rep movsb"
                    : "+D" (dst), "+S" (src), "+c" (n) : : "memory");
  return ret;
}

/* "0" matching constraint, =a/=d pair: a 64x64->128 multiply */
__xinline uint64_t xi_ka_mulhi (uint64_t a, uint64_t b, uint64_t *lo)
{
  uint64_t l, h;
  __asm__ ("mulq %3" : "=a" (l), "=d" (h) : "0" (a), "rm" (b) : "cc");
  *lo = l;
  return h;
}

/* named operands %[x], asm inline */
__xinline unsigned xi_ka_named (unsigned x, unsigned y)
{
  __asm__ inline ("imull %[y], %[x]\n\taddl %[k], %[x]"
                  : [x] "+r" (x) : [y] "rm" (y), [k] "i" (3));
  return x;
}

/* %k (32-bit name), %q (64-bit name), %b (8-bit), %w (16-bit), %h (high
   byte) */
__xinline unsigned long xi_ka_mods (unsigned long v)
{
  unsigned long r = v;
  __asm__ ("movl %k1, %k0" : "=r" (r) : "r" (v));          /* zero-extends */
  __asm__ ("addq %q1, %q0" : "+r" (r) : "r" (v));
  __asm__ ("movb %b1, %b0" : "+q" (r) : "q" (v + 1));
  __asm__ ("xorw %w1, %w0" : "+r" (r) : "r" (v >> 8));
  __asm__ ("movb %h1, %b0" : "+Q" (r) : "Q" (v + 0x300));
  return r;
}

/* %c: a constant without '$'; %P with "i" (&global): a symbol without
   decorations, rip-relative */
__xinline unsigned long xi_ka_cp (void)
{
  unsigned long a, *p;
  __asm__ ("movq $%c1 * 2 + 1, %0" : "=r" (a) : "i" (21));
  __asm__ ("leaq %P1(%%rip), %0" : "=r" (p) : "i" (&xi_ka_global));
  return a + *p;
}

/* A compiler barrier and a volatile asm without operands. */
__xinline unsigned xi_ka_barrier (unsigned *p)
{
  unsigned a = *p;
  __asm__ volatile ("" : : : "memory");
  __asm__ volatile ("nop");
  return a + *p;
}

/* Flag output (the kernel's CC_SET/CC_OUT): "=@ccc" after bts. */
__xinline _Bool xi_ka_flag (unsigned long *w, long nr)
{
  _Bool c;
  __asm__ volatile ("btsq %2, %1" : "=@ccc" (c), "+m" (*w) : "r" (nr)
                    : "memory");
  return c;
}

/* %fs-relative: in user space %fs:0 holds the thread pointer. */
__xinline void *xi_ka_fs (void)
{
  void *p;
  __asm__ ("movq %%fs:0, %0" : "=r" (p));
  return p;
}
