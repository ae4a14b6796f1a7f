/* Built-in bodies in modules: the DB has only the built-in flavour of a
   function vmlinux exports to modules (in the Module.symvers given): that
   body is what a module's call runs, so a module (-DMODULE) takes it.  A
   function vmlinux does not export is refused, naming it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_plain (int);
int bim_gpl_helper (int);
int bim_unexported (int);  /* { dg-note "not importing 'bim_unexported' from '\[^'\]*': the DB has only its built-in flavour, and this module may not call 'bim_unexported' \\(it is not in the Module.symvers given\\)" } */

int
use (int x)
{
  return bim_plain (x) + bim_gpl_helper (x) + bim_unexported (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_plain" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bim_gpl_helper" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_unexported" } } */
