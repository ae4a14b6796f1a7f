/* Selection: -fplugin-arg-xinline-export-auto=N alone turns export mode on
   and exports every external function of at most N IR statements; with
   -fplugin-arg-xinline-verbose each candidate gets a note, a bigger one
   "has M statements, more than export-auto=N".  Static functions and mere
   declarations are not candidates (no note).  An explicitly selected
   helper is exported whatever its size.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=2 -fplugin-arg-xinline-verbose" } */

#include <xinline.h>

void nop (void) { } /* { dg-note "xinline: 'nop' exported \\(0 statements\\)" } */
int one (int a) { return a + 1; } /* { dg-note "xinline: 'one' exported \\(1 statements?\\)" } */
int two (int a, int b) { return a * b + a; } /* { dg-note "xinline: 'two' exported \\(2 statements\\)" } */
int three (int a, int b) { return (a * b + a) ^ b; } /* { dg-note "xinline: 'three' not exported: it has 3 statements, more than export-auto=2" } */
static int local_small (int a) { return a * 3; }
int use_local (int a) { return local_small (a); } /* { dg-note "xinline: 'use_local' exported \\(1 statements?\\)" } */
extern int declared_only (int);

__xinline int
big_but_marked (int a, int b) /* { dg-note "xinline: 'big_but_marked' exported \\(\[3-9\] statements\\)" } */
{
  return ((a * b + a) ^ b) - 7 * a;
}

/* { dg-final { scan-xinline-exported nop } } */
/* { dg-final { scan-xinline-exported one } } */
/* { dg-final { scan-xinline-exported two } } */
/* { dg-final { scan-xinline-not-exported three } } */
/* { dg-final { scan-xinline-not-exported local_small } } */
/* { dg-final { scan-xinline-exported use_local } } */
/* { dg-final { scan-xinline-not-exported declared_only } } */
/* { dg-final { scan-xinline-exported big_but_marked } } */
