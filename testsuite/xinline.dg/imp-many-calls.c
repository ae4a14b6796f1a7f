/* Fifty call sites of one helper (and one of another) in a single
   function: every one is inlined (the helpers disregard the inline limits
   and the function-growth limits), the JSON report lists 51 sites all
   inlined, and the result matches the build without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -fplugin-arg-xinline-report=many.json" } */
/* { dg-xinline-provider "imp-many-calls-provider.c" } */

#include <stdio.h>

extern unsigned xi_mc_step (unsigned, int);
extern unsigned xi_mc_fin (unsigned);

volatile unsigned seed = 12345;

int
main (void)
{
  unsigned s = seed;
  s = s * 31 + xi_mc_step (s, -100);
  s = s * 31 + xi_mc_step (s, -93);
  s = s * 31 + xi_mc_step (s, -86);
  s = s * 31 + xi_mc_step (s, -79);
  s = s * 31 + xi_mc_step (s, -72);
  s = s * 31 + xi_mc_step (s, -65);
  s = s * 31 + xi_mc_step (s, -58);
  s = s * 31 + xi_mc_step (s, -51);
  s = s * 31 + xi_mc_step (s, -44);
  s = s * 31 + xi_mc_step (s, -37);
  s = s * 31 + xi_mc_step (s, -30);
  s = s * 31 + xi_mc_step (s, -23);
  s = s * 31 + xi_mc_step (s, -16);
  s = s * 31 + xi_mc_step (s, -9);
  s = s * 31 + xi_mc_step (s, -2);
  s = s * 31 + xi_mc_step (s, 5);
  s = s * 31 + xi_mc_step (s, 12);
  s = s * 31 + xi_mc_step (s, 19);
  s = s * 31 + xi_mc_step (s, 26);
  s = s * 31 + xi_mc_step (s, 33);
  s = s * 31 + xi_mc_step (s, 40);
  s = s * 31 + xi_mc_step (s, 47);
  s = s * 31 + xi_mc_step (s, 54);
  s = s * 31 + xi_mc_step (s, 61);
  s = s * 31 + xi_mc_step (s, 68);
  s = s * 31 + xi_mc_step (s, 75);
  s = s * 31 + xi_mc_step (s, 82);
  s = s * 31 + xi_mc_step (s, 89);
  s = s * 31 + xi_mc_step (s, 96);
  s = s * 31 + xi_mc_step (s, 103);
  s = s * 31 + xi_mc_step (s, 110);
  s = s * 31 + xi_mc_step (s, 117);
  s = s * 31 + xi_mc_step (s, 124);
  s = s * 31 + xi_mc_step (s, 131);
  s = s * 31 + xi_mc_step (s, 138);
  s = s * 31 + xi_mc_step (s, 145);
  s = s * 31 + xi_mc_step (s, 152);
  s = s * 31 + xi_mc_step (s, 159);
  s = s * 31 + xi_mc_step (s, 166);
  s = s * 31 + xi_mc_step (s, 173);
  s = s * 31 + xi_mc_step (s, 180);
  s = s * 31 + xi_mc_step (s, 187);
  s = s * 31 + xi_mc_step (s, 194);
  s = s * 31 + xi_mc_step (s, 201);
  s = s * 31 + xi_mc_step (s, 208);
  s = s * 31 + xi_mc_step (s, 215);
  s = s * 31 + xi_mc_step (s, 222);
  s = s * 31 + xi_mc_step (s, 229);
  s = s * 31 + xi_mc_step (s, 236);
  s = s * 31 + xi_mc_step (s, 243);
  printf ("%u\n", xi_mc_fin (s));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_mc_step } } */
/* { dg-final { scan-objdump-calls-not xi_mc_fin } } */
/* { dg-final { scan-file-json many.json {^(\{[^\n]*"caller":"main","callee":"xi_mc_step","inlined":true\}\n){50}\{[^\n]*"callee":"xi_mc_fin","inlined":true\}\n$|^\{[^\n]*"callee":"xi_mc_fin","inlined":true\}\n(\{[^\n]*"caller":"main","callee":"xi_mc_step","inlined":true\}\n){50}$} } } */
/* { dg-final { scan-file-json-not many.json {"inlined":false} } } */
