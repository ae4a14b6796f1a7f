/* Provider for hreg.rs: hard-register variables as asm operands: x86's
   ASM_CALL_CONSTRAINT (the global current_stack_pointer bound to rsp, as
   preempt_enable, get_user and static calls use it) and local register
   variables in general registers of every width.  */
#include <xinline.h>

register unsigned long current_stack_pointer asm ("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)

__xinline int
xi_hr_call (int x)
{
  asm volatile ("addl $3, %1" : ASM_CALL_CONSTRAINT, "+r" (x) : : "memory");
  return x;
}

__xinline int
xi_hr_sp_in (int x)
{
  int r;
  asm ("leal 7(%2), %0" : "=r" (r) : "r" (current_stack_pointer), "r" (x));
  return r;
}

__xinline long
xi_hr_r10 (long a)
{
  register long r10 asm ("r10") = a;
  asm volatile ("addq $1, %0" : "+r" (r10));
  return r10;
}

__xinline long
xi_hr_r8_in (long a)
{
  register long r8 asm ("r8") = a;
  long o;
  asm ("leaq 5(%1), %0" : "=r" (o) : "r" (r8));
  return o;
}

__xinline int
xi_hr_r9 (int a)
{
  register int r9 asm ("r9") = a;
  asm ("addl $2, %0" : "+r" (r9));
  return r9;
}

__xinline unsigned char
xi_hr_rsi8 (unsigned char a, unsigned char b)
{
  register unsigned char s asm ("rsi") = a;
  register unsigned char d asm ("rdi") = b;
  asm ("addb %1, %0" : "+q" (s) : "q" (d));
  return s;
}

__xinline short
xi_hr_ax (short a)
{
  register short v asm ("ax") = a;
  asm ("rolw $4, %0" : "+r" (v));
  return v;
}

/* Refused: a local variable bound to the frame pointer (LLVM may
   reserve it).  */
__xinline long
xi_hr_local_bp (long a)
{
  register long bp asm ("rbp") = a;
  long r;
  asm ("leaq 1(%1), %0" : "=r" (r) : "r" (bp));
  return r;
}
