/* Named address spaces: accesses through __seg_fs / __seg_gs pointers are
   exported with their address space and inlined as %fs:/%gs: accesses.
   Run: %fs:0 (glibc's TCB self pointer) read by the inlined helper equals
   the value read by asm; the %gs helpers are only compiled (scan).  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-addrspace-provider.c" } */

#include <stdio.h>

struct pcpu { long a; int b[4]; };
unsigned long xi_as_fs0 (void);
int xi_as_get (struct pcpu __seg_gs *, int);
void xi_as_set (struct pcpu __seg_gs *, long);
long __seg_fs *xi_as_addr (struct pcpu __seg_fs *);

__attribute__ ((noinline)) int
use_gs (struct pcpu __seg_gs *p, int i)
{
  xi_as_set (p, 5);
  return xi_as_get (p, i);
}

int
main (void)
{
  unsigned long v;
  __asm__ ("mov %%fs:0, %0" : "=r" (v));
  printf ("%d %d\n", xi_as_fs0 () == v,
          xi_as_addr ((struct pcpu __seg_fs *) 8) == (long __seg_fs *) 8);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_as_fs0 } } */
/* { dg-final { scan-objdump-calls-not xi_as_get } } */
/* { dg-final { scan-objdump-calls-not xi_as_set } } */
/* { dg-final { scan-objdump-calls-not xi_as_addr } } */
/* { dg-final { scan-assembler "movq\[ \t\]+\\\$5, %gs:\\(%rdi\\)" } } */
/* { dg-final { scan-assembler "%gs:\[0-9\]*\\(%rdi" } } */
