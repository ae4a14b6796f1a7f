/* Built-in bodies in modules, jump labels: the asm goto of
   static_branch_*() writes a __jump_table entry naming the static key;
   the module loader handles entries for keys of vmlinux, but the key must
   be exported (EXPORT_SYMBOL of the key) or the module cannot link.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_jl_ok (int);
int bim_jl_secret (int);   /* { dg-note "not importing 'bim_jl_secret' from '\[^'\]*': it uses static key 'secret_key' in a jump label \\(a __jump_table entry\\), which is not exported to modules" } */

int
use (int x)
{
  return bim_jl_ok (x) + bim_jl_secret (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_jl_ok" } } */
/* { dg-final { scan-assembler "__jump_table" } } */
/* { dg-final { scan-assembler "exported_key" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_jl_secret" } } */
