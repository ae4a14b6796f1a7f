/* Provider for kern-asm-ops.c: inline asm operand forms at every
   optimization level of the consumer.  */
#include <xinline.h>
#include <stdint.h>

__xinline uint64_t xi_tao_mul (uint64_t a, uint64_t b, uint64_t *hi)
{
  uint64_t lo, h;
  __asm__ ("mulq %3" : "=a" (lo), "=d" (h) : "0" (a), "rm" (b) : "cc");
  *hi = h;
  return lo;
}

__xinline unsigned xi_tao_regs (unsigned a, unsigned b, unsigned c, unsigned d)
{
  __asm__ ("addl %%ebx, %%eax\n\tsubl %%ecx, %%eax\n\txorl %%edx, %%eax"
           : "+a" (a) : "b" (b), "c" (c), "d" (d) : "cc");
  return a;
}

__xinline void xi_tao_copy (void *dst, const void *src, unsigned long n)
{
  __asm__ volatile ("rep movsb" : "+D" (dst), "+S" (src), "+c" (n)
                    : : "memory");
}

__xinline unsigned long xi_tao_mods (unsigned long v)
{
  unsigned long r;
  __asm__ ("movl %k1, %k0" : "=r" (r) : "r" (v));
  __asm__ ("addq %q1, %q0" : "+r" (r) : "r" (v));
  __asm__ ("movb %h1, %b0" : "+Q" (r) : "Q" (v + 0x300));
  __asm__ ("xorw %w1, %w0" : "+r" (r) : "r" (v >> 8));
  __asm__ ("addq $%c1, %0" : "+r" (r) : "i" (17));
  return r;
}

__xinline int xi_tao_named (int x, int y)
{
  __asm__ inline ("imull %[y], %[x]\n\tsubl %[k], %[x]"
                  : [x] "+r" (x) : [y] "rm" (y), [k] "n" (5) : "cc");
  return x;
}

__xinline int xi_tao_below (unsigned a, unsigned b)
{
  _Bool c;
  __asm__ ("cmpl %2, %1" : "=@ccb" (c) : "r" (a), "r" (b));
  return c;
}

__xinline void xi_tao_rmw (unsigned *p, unsigned v)
{
  __asm__ volatile ("lock; xorl %1, %0" : "+m" (*p) : "ir" (v) : "memory");
}

__xinline unsigned long xi_tao_early (unsigned long a, unsigned long b)
{
  unsigned long t;
  __asm__ ("movq %1, %0\n\tshlq $3, %0\n\taddq %2, %0\n\tsubq %1, %0"
           : "=&r" (t) : "r" (a), "r" (b));
  return t;
}

__xinline long xi_tao_goto (long x, long y)
{
  long r = x - y;
  __asm__ goto ("cmpq %1, %0\n\tjle %l[small]" : : "r" (x), "r" (y) : "cc"
                : small);
  r = x * 3;
small:
  return r;
}

__xinline void *xi_tao_tp (void)
{
  void *p;
  __asm__ ("movq %%fs:0, %0" : "=r" (p));
  return p;
}
