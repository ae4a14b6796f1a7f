/* A variadic body that starts its variable arguments (va_start) is in the
   DB only for kernel modules' copies: GCC never inlines it, so a call to
   it is no import candidate (no note, no report entry) and stays a call;
   bv_warn, which calls it, is imported and inlined.  Run, compared with
   the plain build.  */
/* { dg-do run } */
/* { dg-options "-O2 -fplugin-arg-xinline-report=rep.json" } */
/* { dg-xinline-provider "bim-variadic-provider.c" } */
/* { dg-xinline-provider "bim-variadic-lib-provider.c" } */

#include <stdio.h>

int bvl_printk (const char *, ...);
int bv_warn (int);

int
main (void)
{
  int r = bvl_printk ("direct %d %s\n", 42, "x");
  printf ("= %d %d\n", r, bv_warn (5));
  return 0;
}

/* { dg-final { scan-assembler "call\[ \t\]+bvl_printk" } } */
/* { dg-final { scan-file-json rep.json {"callee":"bv_warn","inlined":true} } } */
/* { dg-final { scan-file-json-not rep.json {"callee":"bvl_printk"} } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bv_warn" } } */
/* { dg-final { scan-assembler-not "bvl_printk\\.xinline" } } */
