/* Provider for imp-hreg-refuse.c: global register variables of
   allocatable registers and a variable in the %gs address space.  */
#include <xinline.h>

register unsigned long xi_r12 __asm__ ("r12");
register unsigned long xi_r13 __asm__ ("r13");
extern int __seg_gs xi_gs_var;

__xinline void xi_hf_r12 (void) { __asm__ volatile ("inc %0" : "+r" (xi_r12)); }
__xinline void xi_hf_r13 (void) { __asm__ volatile ("inc %0" : "+r" (xi_r13)); }
__xinline int xi_hf_gs (void) { return xi_gs_var + 1; }
__xinline long xi_hf_ok (long a)
{
  register long r10 __asm__ ("r10") = a;
  __asm__ ("neg %0" : "+r" (r10));
  return r10;
}
