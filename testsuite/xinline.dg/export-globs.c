/* Selection: -fplugin-arg-xinline-export=GLOB,GLOB,... exports the
   functions whose names match any of the fnmatch globs (*, ?, [...]), in
   addition to __xinline and rust_helper_* ones; others are not.  A
   glob-selected helper that is refused gets a note.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export=dev_*,*_fast,get?,bit\[ab\]" } */

#include <xinline.h>

int dev_read (int *p) { return *p; }
int dev_write (int *p, int v) { *p = v; return 0; }
int path_fast (int a) { return a + 1; }
int path_slow (int a) { return a + 2; }
int get1 (int a) { return a + 3; }
int get10 (int a) { return a + 4; }
int bita (int a) { return a & 1; }
int bitc (int a) { return a & 4; }
int xdev_read (int *p) { return p[1]; }
__xinline int marked (int a) { return a * 5; }
int rust_helper_one (void) { return 1; }

double
dev_scale (double d) /* { dg-note "xinline: 'dev_scale' not exported: its signature has floating-point or complex value \\(xinline carries only integer and pointer values: keep this helper out of line\\)" } */
{
  return d * 2;
}

/* { dg-final { scan-xinline-exported dev_read } } */
/* { dg-final { scan-xinline-exported dev_write } } */
/* { dg-final { scan-xinline-exported path_fast } } */
/* { dg-final { scan-xinline-not-exported path_slow } } */
/* { dg-final { scan-xinline-exported get1 } } */
/* { dg-final { scan-xinline-not-exported get10 } } */
/* { dg-final { scan-xinline-exported bita } } */
/* { dg-final { scan-xinline-not-exported bitc } } */
/* { dg-final { scan-xinline-not-exported xdev_read } } */
/* { dg-final { scan-xinline-exported marked } } */
/* { dg-final { scan-xinline-exported rust_helper_one } } */
/* { dg-final { scan-xinline-not-exported dev_scale } } */
