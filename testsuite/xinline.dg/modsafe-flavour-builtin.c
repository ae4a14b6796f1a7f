/* Flavours: a built-in consumer (no -DMODULE) refuses a module-flavour
   body.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "modsafe-provider.c" "-DMODULE" } */

int ms_plain (int);        /* { dg-note "not importing 'ms_plain' from '\[^'\]*': the DB has only its module flavour" } */

int
use (int x)
{
  return ms_plain (x);
}

/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+ms_plain" } } */
