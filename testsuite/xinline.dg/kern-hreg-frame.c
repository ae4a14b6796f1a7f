/* "+r" (current_stack_pointer) in an imported asm (kern-hreg-frame-
   provider.c) orders the asm after the frame setup, as in the provider:
   with shrink-wrapping, the fast path that only runs the asm still pushes
   the frame pointer first.  This unit does not declare the register
   variable: the importer declares it, rsp being a fixed register.
   Compile test: the thunk is not defined.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fno-omit-frame-pointer -fno-pie" } */
/* { dg-xinline-provider "kern-hreg-frame-provider.c" "-fno-omit-frame-pointer -fno-pie" } */

extern void xi_hf_call (void);
extern void slow (long);

void
fast_or_slow (long x)
{
  if (x)
    {
      xi_hf_call ();
      return;
    }
  slow (x);
  slow (x + 1);
}

/* { dg-final { scan-objdump-calls-not xi_hf_call } } */
/* { dg-final { scan-assembler "fast_or_slow:\n(\[^\n\]*\n)\{0,3\}\[ \t\]*pushq\[ \t\]+%rbp\n(\[^\n\]*\n)\{0,4\}\[ \t\]*movq\[ \t\]+%rsp, %rbp\n(\[^\n\]*\n)\{0,6\}#APP\n\[^\n\]*\n\[ \t\]*call xi_hf_thunk" } } */
