/* Refusal: a helper calling a function declared without a prototype is
   not exported (the call's argument promotions are not in the IR).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

int old ();
int modern (int);

__xinline int
xi_call_old (int x) /* { dg-note "xinline: 'xi_call_old' not exported: it makes a call whose signature has function declared without a prototype" } */
{
  return old (x);
}

__xinline int
xi_call_modern (int x)
{
  return modern (x);
}

/* { dg-final { scan-xinline-not-exported xi_call_old } } */
/* { dg-final { scan-xinline-exported xi_call_modern } } */
