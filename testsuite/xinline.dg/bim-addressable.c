/* Built-in bodies in modules, .discard.addressable.  static_call()'s
   __ADDRESSABLE(key) is a static pointer in .discard.addressable beside
   the body: the exporter does not carry it (it is not a statement), so an
   imported body makes the module refer to nothing more, as
   static_call_mod() in module code; the trampoline-only call is taken.  A
   symbol named by a data directive of the body's own asm into
   .discard.addressable is a reference modpost sees: it must be
   exported.  A '#' comment ends the scan (the bug table's
   "# bug_entry::file").  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_sc_addressable (int);
int bim_bug_table (int);
int bim_discard_asm (int); /* { dg-note "not importing 'bim_discard_asm' from '\[^'\]*': it references 'secret_var', which is not exported to modules" } */

int
use (int x)
{
  return bim_sc_addressable (x) + bim_discard_asm (x) + bim_bug_table (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_sc_addressable" } } */
/* { dg-final { scan-assembler-not "__SCK__tramp_only" } } */
/* { dg-final { scan-assembler-not "secret_var" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_discard_asm" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_bug_table" } } */
/* { dg-final { scan-assembler "__bug_table" } } */
