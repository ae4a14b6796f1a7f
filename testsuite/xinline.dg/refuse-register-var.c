/* Refusal: register variables other than as asm operands.  A global one
   (like the kernel's current_stack_pointer) read as a value, and a local
   one read before anything was assigned to it (its register's contents
   are only defined for asm operands) are not exported; a local one
   assigned before the asm that binds it is (imp-hreg.c runs those).  An
   asm goto with an output to a local register variable, and a __seg_gs
   variable of internal linkage are refused too.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

register unsigned long stack_ptr __asm__ ("rsp");

__xinline unsigned long
xi_sp (void) /* { dg-note "xinline: 'xi_sp' not exported: it uses global register variable 'stack_ptr' other than as an inline assembly operand" } */
{
  return stack_ptr;
}

__xinline long
xi_rbx (long a) /* { dg-note "xinline: 'xi_rbx' not exported: it reads local register variable 'x' before assigning it \\(its register's contents are only defined for asm operands\\); initialise it" } */
{
  register long x __asm__ ("rbx");
  return x + a;
}

__xinline long
xi_rbx_asm (long a) /* { dg-note "xinline: 'xi_rbx_asm' not exported: it reads local register variable 'x' before assigning it" } */
{
  register long x __asm__ ("rbx");
  __asm__ ("add %1, %0" : "=r" (a) : "r" (x), "0" (a));
  return a;
}

__xinline long
xi_goto_out (long a) /* { dg-note "xinline: 'xi_goto_out' not exported: it has an asm goto with an output to local register variable 'r'" } */
{
  register long r __asm__ ("r10") = a;
  __asm__ goto ("test %0, %0; jz %l[out]" : "+r" (r) : : : out);
  return r;
out:
  return -1;
}

static int __seg_gs xi_gs_private;

__xinline int
xi_gs_static (void) /* { dg-note "xinline: 'xi_gs_static' not exported: it references 'xi_gs_private', a variable in address space '__seg_gs' without external linkage; declare it extern in a header" } */
{
  return xi_gs_private;
}

__xinline long
xi_r10_ok (long a)
{
  register long r __asm__ ("r10") = a;
  __asm__ ("not %0" : "+r" (r));
  return r;
}

/* The initialisation is in a block dominating the asm (the input's
   conditional makes blocks in between).  */
__xinline long
xi_r10_dom (long a, long b, long c)
{
  register long r __asm__ ("r10") = a;
  __asm__ ("add %1, %0" : "+r" (r) : "r" (b > c ? b : c * 3));
  return r;
}

/* Written on one path only: refused.  */
__xinline long
xi_r10_half (long a, long b) /* { dg-note "xinline: 'xi_r10_half' not exported: it reads local register variable 'r' before assigning it" } */
{
  register long r __asm__ ("r10");
  if (b)
    r = a;
  __asm__ ("not %0" : "+r" (r));
  return r;
}

__xinline long
xi_plain_var (long a)
{
  long x = a * 2;
  return x + a;
}

/* { dg-final { scan-xinline-not-exported xi_sp } } */
/* { dg-final { scan-xinline-not-exported xi_rbx } } */
/* { dg-final { scan-xinline-not-exported xi_rbx_asm } } */
/* { dg-final { scan-xinline-not-exported xi_goto_out } } */
/* { dg-final { scan-xinline-not-exported xi_gs_static } } */
/* { dg-final { scan-xinline-exported xi_r10_ok } } */
/* { dg-final { scan-xinline-exported xi_r10_dom } } */
/* { dg-final { scan-xinline-not-exported xi_r10_half } } */
/* { dg-final { scan-xinline-exported xi_plain_var } } */
