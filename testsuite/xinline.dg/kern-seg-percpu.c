/* Per-cpu accessors on the __seg_gs named address space (the kernel's
   since 6.8, see kern-seg-percpu-provider.c) are imported and inlined as
   %gs:-relative accesses to the per-cpu symbols.  Compile test: %gs is not
   usable in user space.  The asm flavour (6.1) is kern-seg-asm.c.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fno-pie" } */
/* { dg-xinline-provider "kern-seg-percpu-provider.c" "-fno-pie" } */

struct xi_task;
extern struct xi_task *xi_pc_get_current (void);
extern int xi_pc_preempt_count_read (void);
extern void xi_pc_preempt_count_add (int);
extern void xi_pc_stat_inc (int);

struct xi_task *
current_if_preemptible (int i)
{
  xi_pc_preempt_count_add (1);
  xi_pc_stat_inc (i);
  struct xi_task *t
    = xi_pc_preempt_count_read () == 1 ? xi_pc_get_current () : 0;
  xi_pc_preempt_count_add (-1);
  return t;
}

/* { dg-final { scan-objdump-calls-not xi_pc_get_current } } */
/* { dg-final { scan-objdump-calls-not xi_pc_preempt_count_read } } */
/* { dg-final { scan-objdump-calls-not xi_pc_preempt_count_add } } */
/* { dg-final { scan-objdump-calls-not xi_pc_stat_inc } } */
/* { dg-final { scan-assembler "%gs:xi_pc_current_task" } } */
/* { dg-final { scan-assembler "%gs:xi_pc_preempt_count" } } */
/* { dg-final { scan-assembler "%gs:xi_pc_stats\\(" } } */
