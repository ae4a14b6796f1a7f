/* Provider for kern-seg-var.c: per-cpu data declared in the __seg_gs
   address space as Linux 6.8 and later declare it with
   USE_X86_SEG_SUPPORT (arch/x86/include/asm/current.h, percpu.h):
   get_current () reads const_pcpu_hot.current_task through the
   this_cpu_read_const () idiom (the object's address through an integer
   back to a __seg_gs pointer), and fields of pcpu_hot are read and
   updated directly.  Built like the kernel, without PIC.  */
#include <xinline.h>

struct xi_task;
struct xi_pcpu_hot {
  struct xi_task *current_task;
  int preempt_count;
  int cpu_number;
};

extern struct xi_pcpu_hot __seg_gs xi_pcpu_hot;
extern const struct xi_pcpu_hot __seg_gs xi_const_pcpu_hot;

#define xi_my_cpu_type(pcp) __typeof__ (pcp) __seg_gs
#define xi_my_cpu_ptr(ptr) \
  (xi_my_cpu_type (*(ptr)) *) (unsigned long) (ptr)
#define xi_this_cpu_read_const(pcp) (*(xi_my_cpu_type (pcp) *) xi_my_cpu_ptr (&(pcp)))

__xinline struct xi_task *
xi_sv_get_current (void)
{
  return xi_this_cpu_read_const (xi_const_pcpu_hot.current_task);
}

__xinline void
xi_sv_preempt_add (int n)
{
  xi_pcpu_hot.preempt_count += n;
}

__xinline int
xi_sv_cpu (void)
{
  return xi_pcpu_hot.cpu_number;
}

__xinline const struct xi_pcpu_hot __seg_gs *
xi_sv_hot (void)
{
  return &xi_const_pcpu_hot;
}
