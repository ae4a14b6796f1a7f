/* Selection: -fplugin-arg-xinline-verbose gives "exported (N statements)"
   for each exported helper and the reason for each refused one; a function
   that is not selected gets no note at all (the dg-notes make every other
   note an excess error).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export -fplugin-arg-xinline-verbose" } */

#include <xinline.h>

__xinline int
xi_add (int a, int b) /* { dg-note "xinline: 'xi_add' exported \\(1 statements?\\)" } */
{
  return a + b;
}

__xinline unsigned
xi_mask (unsigned x, unsigned bits) /* { dg-note "xinline: 'xi_mask' exported \\(\[0-9\]+ statements\\)" } */
{
  return x & ((1u << bits) - 1);
}

__attribute__ ((weak)) __xinline int
xi_hook (int a) /* { dg-note "xinline: 'xi_hook' not exported: it is a weak definition" } */
{
  return a;
}

int
not_selected (int a, int b)
{
  return a - b;
}

/* { dg-final { scan-xinline-exported xi_add } } */
/* { dg-final { scan-xinline-exported xi_mask } } */
/* { dg-final { scan-xinline-not-exported xi_hook } } */
/* { dg-final { scan-xinline-not-exported not_selected } } */
