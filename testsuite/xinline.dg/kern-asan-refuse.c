/* A provider compiled with -fsanitize=address: ASan's own instrumentation
   runs after the export point, so a plain helper is exported
   uninstrumented (every consumer instruments it with its own flags, see
   kern-asan.c), but the gimplifier's use-after-scope markers (.ASAN_MARK
   on a local whose address escapes) are refused.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fsanitize=address -fplugin-arg-xinline-export" } */

#include <xinline.h>

extern void xi_asr_use (int *);

__xinline int
xi_asr_local (int x) /* { dg-note "xinline: 'xi_asr_local' not exported: it calls internal function \\.ASAN_MARK" } */
{
  int a[4] = { x, x + 1, 2, 3 };
  xi_asr_use (a);
  return a[x & 3];
}

__xinline int
xi_asr_plain (const int *p)
{
  return p[1] + 1;
}

/* { dg-final { scan-xinline-not-exported xi_asr_local } } */
/* { dg-final { scan-xinline-exported xi_asr_plain } } */
