/* %gs-relative inline asm (the 6.1 kernel's per-cpu accessors, see
   kern-seg-asm-provider.c) is imported and inlined with its segment
   prefix and symbol operands intact.  Compile test: %gs is not usable in
   user space.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fno-pie" } */
/* { dg-xinline-provider "kern-seg-asm-provider.c" "-fno-pie" } */

struct xi_task;
extern struct xi_task *xi_get_current (void);
extern int xi_preempt_count_read (void);
extern void xi_preempt_count_add (int);

struct xi_task *
current_if_preemptible (void)
{
  xi_preempt_count_add (1);
  struct xi_task *t = xi_preempt_count_read () == 1 ? xi_get_current () : 0;
  xi_preempt_count_add (-1);
  return t;
}

/* { dg-final { scan-objdump-calls-not xi_get_current } } */
/* { dg-final { scan-objdump-calls-not xi_preempt_count_read } } */
/* { dg-final { scan-objdump-calls-not xi_preempt_count_add } } */
/* { dg-final { scan-assembler "movq %gs:xi_current_task, %r" } } */
/* { dg-final { scan-assembler "movl %gs:xi_preempt_count(\\(%rip\\))?, %e" } } */
/* { dg-final { scan-assembler-times "addl \\\$-?1, %gs:xi_preempt_count" 2 } } */
