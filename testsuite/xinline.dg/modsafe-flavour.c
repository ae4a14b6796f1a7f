/* Flavours: the provider was compiled without -DMODULE (built-in flavour);
   a module consumer (-DMODULE) takes a built-in body only for a function
   vmlinux exports to modules, which needs the kernel's Module.symvers:
   without it the built-in body is refused, with the reason, and the call
   stays.  (bim-*.c: with it.)  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE" } */
/* { dg-xinline-provider "modsafe-provider.c" } */

int ms_plain (int);        /* { dg-note "not importing 'ms_plain' from '\[^'\]*': the DB has only its built-in flavour, which a module takes only for a function vmlinux exports to modules: pass the kernel's Module.symvers \\(-fplugin-arg-xinline-symvers=\\), or export it from a -DMODULE compilation too" } */

int
use (int x)
{
  return ms_plain (x);
}

/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+ms_plain" } } */
