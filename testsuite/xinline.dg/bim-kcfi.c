/* Built-in bodies in modules, KCFI: the __kcfi_typeid_* type hashes are
   Clang's (CONFIG_CFI_CLANG); GCC 11 and 12 have no -fsanitize=kcfi, so a
   GCC-made body never carries a check.  A body naming such a symbol is
   under the one rule: vmlinux must export it to modules.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_plain (int);
int bim_kcfi (void);       /* { dg-note "not importing 'bim_kcfi' from '\[^'\]*': it references '__kcfi_typeid_ok_func', which is not exported to modules" } */

int
use (int x)
{
  return bim_plain (x) + bim_kcfi ();
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_plain" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_kcfi" } } */
