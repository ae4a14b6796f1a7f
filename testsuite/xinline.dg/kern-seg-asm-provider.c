/* Provider for kern-seg-asm.c: %gs-relative per-cpu accessors in the
   style of the 6.1 kernel (percpu_from_op, this_cpu_read_stable), built
   like the kernel, without PIC.  */
#include <xinline.h>

struct xi_task;
extern struct xi_task *xi_current_task;   /* a per-cpu variable */
extern int xi_preempt_count;               /* a per-cpu variable */

/* this_cpu_read_stable: "p" (&var), %P, named operands */
__xinline struct xi_task *
xi_get_current (void)
{
  struct xi_task *t;
  __asm__ ("movq %%gs:%P[var], %[val]" : [val] "=r" (t)
           : [var] "p" (&xi_current_task));
  return t;
}

/* raw_cpu_read_4 / raw_cpu_add_4: "m" operand with a %gs prefix, "+m" */
__xinline int
xi_preempt_count_read (void)
{
  int v;
  __asm__ volatile ("movl %%gs:%1, %0" : "=r" (v) : "m" (xi_preempt_count));
  return v & 0x7fffffff;
}

__xinline void
xi_preempt_count_add (int n)
{
  __asm__ volatile ("addl %1, %%gs:%0" : "+m" (xi_preempt_count) : "ri" (n));
}
