/* Variables declared in the __seg_gs address space (kern-seg-var-
   provider.c, the 6.12 per-cpu idioms) are exported and inlined as
   %gs:-relative accesses to the symbols; this unit does not declare them
   (the importer does, in __seg_gs).  Compile test: %gs is not usable in
   user space.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fno-pie" } */
/* { dg-xinline-provider "kern-seg-var-provider.c" "-fno-pie" } */

struct xi_task;
struct xi_pcpu_hot;
extern struct xi_task *xi_sv_get_current (void);
extern void xi_sv_preempt_add (int);
extern int xi_sv_cpu (void);
extern const struct xi_pcpu_hot __seg_gs *xi_sv_hot (void);

struct xi_task *
current_locked (void)
{
  xi_sv_preempt_add (1);
  struct xi_task *t = xi_sv_cpu () ? xi_sv_get_current () : 0;
  xi_sv_preempt_add (-1);
  return t;
}

void
bump (void)
{
  xi_sv_preempt_add (3);
}

const struct xi_pcpu_hot __seg_gs *
hot (void)
{
  return xi_sv_hot ();
}

/* { dg-final { scan-objdump-calls-not xi_sv_get_current } } */
/* { dg-final { scan-objdump-calls-not xi_sv_preempt_add } } */
/* { dg-final { scan-objdump-calls-not xi_sv_cpu } } */
/* { dg-final { scan-objdump-calls-not xi_sv_hot } } */
/* { dg-final { scan-assembler "%gs:xi_const_pcpu_hot\\(%rip\\), %rax" } } */
/* { dg-final { scan-assembler "addl\[ \t\]+\\\$3, %gs:xi_pcpu_hot\\+8" } } */
/* { dg-final { scan-assembler "%gs:xi_pcpu_hot\\+12" } } */
/* { dg-final { scan-assembler "\\\$xi_const_pcpu_hot" } } */
