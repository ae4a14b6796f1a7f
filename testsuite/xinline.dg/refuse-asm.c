/* Refusal: inline assembly that would define something once per copy (a
   global symbol, a named label) is not exported, since every importer
   gets its own copy of the asm.  The note may give that reason or the
   broader "it contains inline assembly" (refusing every asm is safe too).
   A helper without such asm is exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int
xi_defsym (int x) /* { dg-note "xinline: 'xi_defsym' not exported: it (contains inline assembly|has inline assembly that defines a symbol)" } */
{
  __asm__ (".globl xi_marker\nxi_marker:" : "+r" (x));
  return x;
}

__xinline int
xi_named_label (int x) /* { dg-note "xinline: 'xi_named_label' not exported: it (contains inline assembly|has inline assembly that defines a non-numeric label)" } */
{
  __asm__ ("again:\n\tdec %0\n\tjnz again" : "+r" (x));
  return x;
}

__xinline int
xi_noasm (int x)
{
  return x ^ 1;
}

/* { dg-final { scan-xinline-not-exported xi_defsym } } */
/* { dg-final { scan-xinline-not-exported xi_named_label } } */
/* { dg-final { scan-xinline-exported xi_noasm } } */
