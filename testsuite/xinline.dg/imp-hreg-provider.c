/* Provider for imp-hreg.c: hard-register variables as asm operands.  A
   global register variable bound to the stack pointer as the kernel's
   ASM_CALL_CONSTRAINT uses it ("+r" (current_stack_pointer): the asm
   needs the frame set up first), and local register variables as asm
   inputs and outputs, read again after the asm.  */
#include <xinline.h>

register unsigned long current_stack_pointer __asm__ ("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)

/* The stack pointer seen by the asm, rounded to 16 bytes: compared, not
   printed.  */
__xinline unsigned long
xi_hr_sp (void)
{
  unsigned long v;
  __asm__ volatile ("mov %1, %0" : "=r" (v), ASM_CALL_CONSTRAINT);
  return v & ~15ul;
}

/* a + b through r10 and r11.  */
__xinline long
xi_hr_add (long a, long b)
{
  register long r10 __asm__ ("r10") = a;
  register long r11 __asm__ ("r11") = b;
  __asm__ ("add %2, %0" : "+r" (r10) : "0" (r10), "r" (r11));
  return r10;
}

/* A value put in r8 is read back through a register the compiler picks;
   the output is an int local register variable.  */
__xinline int
xi_hr_copy (int x)
{
  register int r8 __asm__ ("r8") = x * 3;
  register int r9 __asm__ ("r9");
  __asm__ ("mov %1, %0" : "=r" (r9) : "r" (r8));
  return r9 + 1;
}
