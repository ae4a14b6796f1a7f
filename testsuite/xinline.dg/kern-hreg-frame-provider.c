/* Provider for kern-hreg-frame.c: a call made from inline assembly with
   the kernel's ASM_CALL_CONSTRAINT (arch/x86/include/asm/asm.h), which
   makes the asm depend on the stack pointer so that GCC sets up the frame
   before it (what objtool checks).  Built like the kernel.  */
#include <xinline.h>

register unsigned long current_stack_pointer __asm__ ("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)

__xinline void
xi_hf_call (void)
{
  __asm__ volatile ("call xi_hf_thunk" : ASM_CALL_CONSTRAINT : : "memory");
}
