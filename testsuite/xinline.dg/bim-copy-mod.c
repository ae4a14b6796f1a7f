/* Module-local copies are made for built-in bodies only: a module-flavour
   body (compiled -DMODULE) that calls a function vmlinux does not export
   is refused as before, although the DB holds that function's built-in
   body (the module's own code could not link it either).  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-copy.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-copy-mod-provider.c" "-DMODULE" } */
/* { dg-xinline-provider "bim-copy-lib1-provider.c" } */

int bc_mod_copy (int);  /* { dg-note "not importing 'bc_mod_copy' from '\[^'\]*': it references 'bcl_inner', which is not exported to modules \\(not in the Module.symvers given\\)" } */

int
use (int x)
{
  return bc_mod_copy (x);
}

/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bc_mod_copy" } } */
/* { dg-final { scan-assembler-not "bcl_" } } */
