/* Built-in bodies in modules, tracepoints.  trace_NAME_enabled() is a jump
   label on the key __tracepoint_NAME: imported when vmlinux exports the
   tracepoint (EXPORT_TRACEPOINT_SYMBOL(_GPL)), refused when it does not
   (the jump-label rule).  trace_NAME() also calls the static call
   tp_func_NAME, whose key EXPORT_TRACEPOINT_SYMBOL exports too: the
   static-call rule refuses it (the module's .static_call_sites entry would
   name the trampoline, which the kernel cannot map back to an exported
   key).  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_tp_enabled (int);
int bim_tp_unexp (int);    /* { dg-note "not importing 'bim_tp_unexp' from '\[^'\]*': it uses static key '__tracepoint_xi_unexp' in a jump label \\(a __jump_table entry\\), which is not exported to modules" } */
int bim_tp_trace (int);    /* { dg-note "not importing 'bim_tp_trace' from '\[^'\]*': it calls static call trampoline '__SCT__tp_func_xi_exp', whose key '__SCK__tp_func_xi_exp' is exported" } */

int
use (int x)
{
  return bim_tp_enabled (x) + bim_tp_unexp (x) + bim_tp_trace (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_tp_enabled" } } */
/* { dg-final { scan-assembler "__jump_table" } } */
/* { dg-final { scan-assembler "__tracepoint_xi_exp" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_tp_unexp" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_tp_trace" } } */
