/* Flavours: the provider was compiled without -DMODULE (built-in flavour);
   a module consumer (-DMODULE) refuses the built-in body, with the reason,
   and keeps the call.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE" } */
/* { dg-xinline-provider "modsafe-provider.c" } */

int ms_plain (int);        /* { dg-note "not importing 'ms_plain' from '\[^'\]*': the DB has only its built-in flavour; export it from a -DMODULE compilation too" } */

int
use (int x)
{
  return ms_plain (x);
}

/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+ms_plain" } } */
