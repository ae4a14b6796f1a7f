/* Built-in bodies in modules, static calls.  objtool gives a call to a
   trampoline __SCT__NAME a .static_call_sites entry naming the key
   __SCK__NAME when the object refers to the key, else the trampoline,
   which the kernel maps back to its key only for EXPORT_STATIC_CALL_TRAMP
   (key not exported).  So: a trampoline-only export is fine (by asm, as
   preempt_enable's static_call_mod, or by a C call); a trampoline whose
   key is exported needs the body to reference the key (the provider's
   __ADDRESSABLE of it is not carried); an unexported trampoline, or a
   reference to an unexported key (upstream's __SCK__WARN_trap modpost
   failure), is refused.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_sc_mod (int);
int bim_sc_direct (int);
int bim_sc_keyed (int);    /* { dg-note "not importing 'bim_sc_keyed' from '\[^'\]*': it calls static call trampoline '__SCT__keyed', whose key '__SCK__keyed' is exported: a module's .static_call_sites entry must then name the key, and the DB body does not reference it" } */
int bim_sc_keyed_ref (int);
int bim_sc_hidden (int);   /* { dg-note "not importing 'bim_sc_hidden' from '\[^'\]*': it calls static call trampoline '__SCT__hidden', which is not exported to modules" } */
int bim_sc_key_unexp (int); /* { dg-note "not importing 'bim_sc_key_unexp' from '\[^'\]*': it references static call key '__SCK__WARN_trap', which is not exported to modules \\(only its trampoline may be\\): modpost would fail" } */

int
use (int x)
{
  return bim_sc_mod (x) + bim_sc_direct (x) + bim_sc_keyed (x)
         + bim_sc_keyed_ref (x) + bim_sc_hidden (x) + bim_sc_key_unexp (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_sc_mod" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_sc_direct" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_sc_keyed_ref" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_sc_keyed\[^_\]" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_sc_hidden" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_sc_key_unexp" } } */
/* { dg-final { scan-assembler "call\[ \t\]+__SCT__tramp_only" } } */
