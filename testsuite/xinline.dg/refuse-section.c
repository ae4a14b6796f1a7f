/* Refusal: a helper placed in an explicit section (here the kernel's
   .init.text, discarded after boot) is not exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__attribute__ ((section (".init.text"))) __xinline int
xi_init_only (int x) /* { dg-note "xinline: 'xi_init_only' not exported: it is placed in section '.init.text'" } */
{
  return x + 2;
}

__xinline int
xi_text (int x)
{
  return x + 3;
}

/* { dg-final { scan-xinline-not-exported xi_init_only } } */
/* { dg-final { scan-xinline-exported xi_text } } */
