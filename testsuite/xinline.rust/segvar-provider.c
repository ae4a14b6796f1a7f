/* Provider for segvar.rs: helpers reading and writing variables declared
   in x86's __seg_gs address space, as Linux 6.12 declares per-cpu data
   (const_pcpu_hot).  The variables are defined by assembly (C defines no
   object in a named space); xi_sv_setup points the %gs base at a shadow
   copy, so every %gs access lands there and a generic access would not.  */
#include <xinline.h>
#include <asm/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct xi_sv_hot { long cur; int count; int pad; };

extern long __seg_gs xi_sv_pcpu[4];
extern struct xi_sv_hot __seg_gs xi_sv_hot;

__asm__ (".data\n.globl xi_sv_pcpu\n.p2align 4\nxi_sv_pcpu: .zero 32\n"
         ".globl xi_sv_hot\n.p2align 4\nxi_sv_hot: .zero 16\n.previous");

static long xi_sv_shadow[64] __attribute__ ((aligned (16)));

/* Not a helper: the %gs base such that %gs:xi_sv_pcpu is xi_sv_shadow
   and %gs:xi_sv_hot follows it.  */
int
xi_sv_setup (void)
{
  unsigned long base = (unsigned long) xi_sv_shadow
                       - (unsigned long) &xi_sv_pcpu;
  if ((unsigned long) &xi_sv_hot != (unsigned long) &xi_sv_pcpu + 32)
    return -1;
  return (int) syscall (SYS_arch_prctl, ARCH_SET_GS, base);
}

/* Not a helper: the shadow's word I, and whether the variables' own
   (generic) storage is still untouched.  */
long xi_sv_shadow_word (int i) { return xi_sv_shadow[i & 63]; }
__xinline long xi_sv_get (int i) { return xi_sv_pcpu[i & 3]; }
__xinline void xi_sv_add (int i, long v) { xi_sv_pcpu[i & 3] += v; }
__xinline long xi_sv_cur (void) { return xi_sv_hot.cur; }
__xinline void xi_sv_set_cur (long c) { xi_sv_hot.cur = c; xi_sv_hot.count++; }
__xinline int xi_sv_count (void) { return xi_sv_hot.count; }
/* The variable's address as an integer: its offset in the space.  */
__xinline unsigned long xi_sv_offset (void)
{
  return (unsigned long) &xi_sv_pcpu[1] - (unsigned long) &xi_sv_pcpu[0];
}
/* A pointer into the space, indexed.  */
__xinline long xi_sv_sum (void)
{
  long __seg_gs *p = &xi_sv_pcpu[0];
  return p[0] + p[1] + p[2] + p[3];
}
