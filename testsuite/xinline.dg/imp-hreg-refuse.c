/* Refusals of the importer for hard-register variables and address spaces
   (imp-hreg-refuse-provider.c): a global register variable of a register
   that is not fixed in this unit and not declared here (declaring it
   would take r12 from the whole unit), one this unit binds to another
   register, and a %gs variable this unit declares in generic memory.  A
   helper with a local register variable is still inlined.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-hreg-refuse-provider.c" } */

register unsigned long xi_r13 __asm__ ("r14");
extern int xi_gs_var;
extern void xi_hf_r12 (void);	/* { dg-note "not importing 'xi_hf_r12' from '\[^'\]*': it uses global register variable 'xi_r12' bound to 'r12', which this unit does not declare and which is not a fixed register here; include the header that declares it \\(declaring it here would take the register from the whole unit\\)" } */
extern void xi_hf_r13 (void);	/* { dg-warning "not importing 'xi_hf_r13' from '\[^'\]*': it uses global register variable 'xi_r13' bound to 'r13', which this unit declares with another register or type" } */
extern int xi_hf_gs (void);	/* { dg-warning "not importing 'xi_hf_gs' from '\[^'\]*': it references xi_gs_var, declared in __seg_gs memory, which this unit declares in generic memory; declare it as the provider did" } */
extern long xi_hf_ok (long);

long
use (long x)
{
  xi_hf_r12 ();
  xi_hf_r13 ();
  return xi_hf_gs () + xi_hf_ok (x) + xi_gs_var;
}

/* { dg-final { scan-assembler "(call|jmp)\\s+xi_hf_r12" } } */
/* { dg-final { scan-assembler "(call|jmp)\\s+xi_hf_r13" } } */
/* { dg-final { scan-assembler "(call|jmp)\\s+xi_hf_gs" } } */
/* { dg-final { scan-assembler-not "xi_hf_ok" } } */
