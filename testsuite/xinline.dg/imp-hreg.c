/* Hard-register variables as asm operands (imp-hreg-provider.c) are
   exported and inlined: local register variables bind the operands to
   their registers, and "+r" (current_stack_pointer) binds the asm to the
   consumer's own rsp register variable.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-hreg-provider.c" } */

#include <stdio.h>

register unsigned long current_stack_pointer __asm__ ("rsp");
unsigned long xi_hr_sp (void);
long xi_hr_add (long, long);
int xi_hr_copy (int);

__attribute__ ((noinline)) int
sp_ok (void)
{
  unsigned long here;
  __asm__ volatile ("mov %%rsp, %0" : "=r" (here));
  unsigned long sp = xi_hr_sp ();
  return sp <= here && here - sp < 4096;
}

int
main (void)
{
  volatile long a = 40, b = 2;
  volatile int c = 7;
  printf ("%ld %d %d\n", xi_hr_add (a, b), xi_hr_copy (c), sp_ok ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_hr_sp } } */
/* { dg-final { scan-objdump-calls-not xi_hr_add } } */
/* { dg-final { scan-objdump-calls-not xi_hr_copy } } */
/* { dg-final { scan-assembler "add\[ \t\]+%r11, %r10" } } */
/* { dg-final { scan-assembler "mov\[ \t\]+%r8d?, %" } } */
/* { dg-final { scan-assembler "mov\[ \t\]+%rsp, %" } } */
