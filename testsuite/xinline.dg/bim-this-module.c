/* Built-in bodies in modules, THIS_MODULE: built-in code has NULL there
   (no trace in the body: a constant, what vmlinux runs too); a built-in
   body that names __this_module would mean the module itself in a
   module: refused.  KBUILD_MODNAME and __func__ are the provider's
   strings, the ones vmlinux's function prints: taken.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

struct module;
struct module *bim_this_module (void); /* { dg-note "not importing 'bim_this_module' from '\[^'\]*': its built-in body references '__this_module', which in a module is the module itself" } */
int bim_strings (void);

long
use (void)
{
  return (long) bim_this_module () + bim_strings ();
}

/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_this_module" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_strings" } } */
/* { dg-final { scan-assembler "\"bim_provider\"" } } */
/* { dg-final { scan-assembler "\"bim_strings\"" } } */
