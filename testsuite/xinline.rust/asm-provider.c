/* Provider for asm.rs: inline asm operand forms -- registers, fixed
   registers, memory, matching and early-clobber operands, named operands,
   immediates, modifiers, flag outputs, asm goto, %=, memory clobbers.  */
#include <xinline.h>
#include <stdint.h>

__xinline uint64_t
xi_as_mulhi (uint64_t a, uint64_t b)
{
  uint64_t lo, hi;
  __asm__ ("mulq %3" : "=a" (lo), "=d" (hi) : "0" (a), "rm" (b) : "cc");
  return hi ^ lo;
}

__xinline int
xi_as_named (int x, int y)
{
  __asm__ ("imull %[y], %[x]\n\taddl %[k], %[x]"
           : [x] "+r" (x) : [y] "rm" (y), [k] "i" (11) : "cc");
  return x;
}

__xinline void
xi_as_or (unsigned *p, unsigned v)
{
  __asm__ volatile ("lock orl %1, %0" : "+m" (*p) : "ir" (v) : "memory");
}

__xinline unsigned long
xi_as_early (unsigned long a, unsigned long b)
{
  unsigned long t;
  __asm__ ("movq %1, %0\n\tshlq $3, %0\n\taddq %2, %0\n\tsubq %1, %0"
           : "=&r" (t) : "r" (a), "r" (b));
  return t;
}

__xinline unsigned long
xi_as_mods (unsigned long v)
{
  unsigned long r = 0;
  __asm__ ("movl %k1, %k0" : "=r" (r) : "r" (v));
  __asm__ ("movb %h1, %b0" : "+Q" (r) : "Q" (v + 0x300));
  __asm__ ("addq $%c1, %0" : "+r" (r) : "i" (17));
  return r;
}

__xinline int
xi_as_below (unsigned a, unsigned b)
{
  _Bool c;
  __asm__ ("cmpl %2, %1" : "=@ccb" (c) : "r" (a), "r" (b));
  return c;
}

__xinline long
xi_as_goto (long x, long y)
{
  __asm__ goto ("cmpq %1, %0\n\tjle %l[small]" : : "r" (x), "r" (y) : "cc"
                : small);
  return x - y;
small:
  return y - x;
}

__xinline int
xi_as_uid (int x)
{
  __asm__ ("testl %0, %0\n\tjns .Lxi_pos%=\n\tnegl %0\n.Lxi_pos%=:"
           : "+r" (x) : : "cc");
  return x;
}

__xinline void xi_as_barrier (void) { __asm__ volatile ("" : : : "memory"); }

__xinline unsigned
xi_as_bswap (unsigned x)
{
  __asm__ ("bswap %0" : "+r" (x));
  return x;
}

__xinline int
xi_as_bts (unsigned long *w, long bit)
{
  _Bool old;
  __asm__ volatile ("btsq %2, %1" : "=@ccc" (old), "+m" (*w) : "r" (bit)
                    : "memory");
  return old;
}
