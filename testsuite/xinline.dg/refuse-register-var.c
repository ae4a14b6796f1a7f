/* Refusal: helpers using an explicit register variable (local or global,
   like the kernel's current_stack_pointer) are not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

register unsigned long stack_ptr __asm__ ("rsp");

__xinline unsigned long
xi_sp (void) /* { dg-note "xinline: 'xi_sp' not exported: it uses a register variable" } */
{
  return stack_ptr;
}

__xinline long
xi_rbx (long a) /* { dg-note "xinline: 'xi_rbx' not exported: it uses a register variable" } */
{
  register long x __asm__ ("rbx");
  return x + a;
}

__xinline long
xi_plain_var (long a)
{
  long x = a * 2;
  return x + a;
}

/* { dg-final { scan-xinline-not-exported xi_sp } } */
/* { dg-final { scan-xinline-not-exported xi_rbx } } */
/* { dg-final { scan-xinline-exported xi_plain_var } } */
