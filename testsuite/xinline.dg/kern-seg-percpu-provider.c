/* Provider for kern-seg-percpu.c: per-cpu accessors as the kernel builds
   them on named address spaces (6.8 and later, USE_X86_SEG_SUPPORT):
   the per-cpu symbol's address taken as a __seg_gs pointer.  Built like
   the kernel, without PIC.  */
#include <xinline.h>

struct xi_task;
extern struct xi_task *xi_pc_current_task;
extern int xi_pc_preempt_count;
extern unsigned long xi_pc_stats[4];

#define xi_pcpu_ptr(var) \
  ((__typeof__ (var) __seg_gs *) (unsigned long) &(var))
#define xi_this_cpu_read(var) (*xi_pcpu_ptr (var))
#define xi_this_cpu_write(var, v) (*xi_pcpu_ptr (var) = (v))
#define xi_this_cpu_add(var, v) (*xi_pcpu_ptr (var) += (v))

__xinline struct xi_task *
xi_pc_get_current (void)
{
  return xi_this_cpu_read (xi_pc_current_task);
}

__xinline int
xi_pc_preempt_count_read (void)
{
  return xi_this_cpu_read (xi_pc_preempt_count) & 0x7fffffff;
}

__xinline void
xi_pc_preempt_count_add (int n)
{
  xi_this_cpu_add (xi_pc_preempt_count, n);
}

__xinline void
xi_pc_stat_inc (int i)
{
  xi_this_cpu_add (xi_pc_stats[i & 3], 1);
}
