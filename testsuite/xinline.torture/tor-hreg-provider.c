/* Provider for tor-hreg.c: hard-register variables as asm operands
   (local ones as inputs and outputs, several registers at once, a value
   read back after the asm; the stack pointer as a global one) and a
   variable in the __seg_fs address space.  */
#include <xinline.h>

register unsigned long current_stack_pointer __asm__ ("rsp");

/* (a + b) ^ c, the operands bound to r8, r9 and r10.  */
__xinline long
xi_th_mix (long a, long b, long c)
{
  register long r8 __asm__ ("r8") = a;
  register long r9 __asm__ ("r9") = b;
  register long r10 __asm__ ("r10") = c;
  __asm__ ("add %1, %0\n\txor %2, %0" : "+r" (r8) : "r" (r9), "r" (r10));
  return r8;
}

/* A loop around a syscall-like asm: r10 written each round.  */
__xinline unsigned
xi_th_loop (unsigned n)
{
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++)
    {
      register unsigned r10 __asm__ ("r10") = i;
      __asm__ ("lea 1(%0), %0" : "+r" (r10));
      s += r10;
    }
  return s;
}

/* Whether the asm saw a 16-byte aligned stack pointer at a call site
   (it does: the frame is set up before it).  */
__xinline int
xi_th_sp (void)
{
  unsigned long sp;
  __asm__ volatile ("mov %1, %0" : "=r" (sp), "+r" (current_stack_pointer));
  return sp != 0;
}

extern unsigned long __seg_fs xi_th_fs0;

__xinline int
xi_th_tcb (void *self)
{
  return xi_th_fs0 == (unsigned long) self;
}
