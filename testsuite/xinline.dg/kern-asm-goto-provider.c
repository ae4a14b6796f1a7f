/* Provider for kern-asm-goto.c: asm goto as kernel helpers use it.  */
#include <xinline.h>

/* One label: a bit test that jumps when the bit is set. */
__xinline int xi_kg_bit (const unsigned long *w, long nr)
{
  __asm__ goto ("btq %1, %0\n\tjc %l[set]" : : "m" (*w), "r" (nr) : "cc"
                : set);
  return 0;
set:
  return 1;
}

/* A value that flows into the label block over the asm goto edge: the
   join has a PHI whose argument comes from the asm goto's block. */
__xinline int xi_kg_phi (int x, int y)
{
  int r = x + 1;
  __asm__ goto ("cmpl %1, %0\n\tjl %l[out]" : : "r" (x), "r" (y) : "cc"
                : out);
  r = x * 2 - y;
out:
  return r;
}

/* Two labels, referenced by number (%l2, %l3) and by name. */
__xinline int xi_kg_three (long v)
{
  __asm__ goto ("testq %0, %0\n\tjs %l1\n\tjz %l[zero]" : : "r" (v) : "cc"
                : neg, zero);
  return 1;
neg:
  return -1;
zero:
  return 0;
}

/* asm goto with an output (GCC 11 and later), used on the fall-through
   path only.  (The label path must not return a constant here: GCC 12.2
   itself drops such a path, "return -1" after an output asm goto, which
   a differential test would show as a difference.) */
__xinline long xi_kg_out (long a, long b)
{
  long s;
  __asm__ goto ("movq %1, %0\n\taddq %2, %0\n\tjo %l[ovf]"
                : "=&r" (s) : "r" (a), "r" (b) : "cc" : ovf);
  return s;
ovf:
  return a - b;
}

/* A static branch in the style of the kernel's jump labels: a 5-byte nop
   with a __jump_table-like entry naming the key and both targets; the
   nop falls through to the "false" path.  Numeric labels only. */
struct xi_kg_key { int enabled; };
struct xi_kg_key xi_kg_key_a = { 1 };
__xinline int xi_kg_static_branch (void)
{
  __asm__ goto ("1:\n\t.byte 0x0f,0x1f,0x44,0x00,0x00\n\t"
                ".pushsection xi_jump_table, \"aw\"\n\t"
                ".balign 8\n\t"
                ".long 1b - ., %l[l_yes] - .\n\t"
                ".quad %c0 - .\n\t"
                ".popsection"
                : : "i" (&xi_kg_key_a) : : l_yes);
  return 0;
l_yes:
  return 1;
}

/* A loop around asm goto (the kernel's try_cmpxchg loops look like
   this). */
__xinline int xi_kg_count (unsigned long w)
{
  int n = 0;
  for (long i = 0; i < 64; i++)
    {
      __asm__ goto ("btq %1, %0\n\tjnc %l[clear]" : : "r" (w), "r" (i) : "cc"
                    : clear);
      n++;
    clear:;
    }
  return n;
}

/* A tied ("+r") output in an asm goto with a label referenced by number:
   "+r" counts as two operands, so the label is %l3. */
__xinline long xi_kg_tied (long a, long b)
{
  __asm__ goto ("addq %1, %0\n\tjo %l3" : "+r" (a) : "r" (b) : "cc" : ovf);
  return a;
ovf:
  return b ^ 0x55;
}

/* try_cmpxchg in asm goto form (the kernel's __try_cmpxchg_user_asm
   shape): "+m", "+a", a named input, a jump out on failure. */
__xinline int xi_kg_try_cmpxchg (long *p, long *old, long new)
{
  long o = *old;
  __asm__ goto ("lock cmpxchgq %[new], %[ptr]\n\tjnz %l[fail]"
                : [ptr] "+m" (*p), "+a" (o) : [new] "r" (new)
                : "memory", "cc" : fail);
  return 1;
fail:
  *old = o;
  return 0;
}
