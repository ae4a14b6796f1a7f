/* noinstr: a helper called from a function in .noinstr.text is not
   imported (its body could bring instrumentable code or calls into noinstr
   code), so the call stays what it was; other helpers are inlined.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "modsafe-provider.c" } */

int ms_plain (int);        /* { dg-note "not importing 'ms_plain' from '\[^'\]*': it is called from noinstr code in this unit" } */
int ms_ok (int);

__attribute__ ((section (".noinstr.text"), noinline)) int
entry_work (int x)
{
  return ms_plain (x);     /* { dg-note "call to 'ms_plain' not inlined: it is called from noinstr code" } */
}

int
use (int x)
{
  return ms_ok (x) + entry_work (x); /* { dg-note "call to 'ms_ok' inlined" } */
}

/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+ms_plain" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+ms_ok" } } */
