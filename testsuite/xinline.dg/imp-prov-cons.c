/* A unit that is both provider and consumer (compiled with -export and
   -db): its own helper xi_pc_outer calls the DB helper xi_pc_inner, which
   is imported and inlined before export, so the exported body of
   xi_pc_outer contains the inlined code (it references pc_scale) and no
   call to, nor any mention of, xi_pc_inner anywhere in the object,
   .gnu.xinline section included.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-prov-cons-provider.c" } */

#include <xinline.h>

extern int xi_pc_inner (int);

__xinline int
xi_pc_outer (int x)
{
  return xi_pc_inner (x) * 2;	/* { dg-note "xinline: call to 'xi_pc_inner' inlined" } */
}

/* { dg-final { scan-xinline-exported xi_pc_outer } } */
/* { dg-final { scan-xinline-not-exported xi_pc_inner } } */
/* { dg-final { scan-objdump-calls-not xi_pc_inner } } */
/* { dg-final { scan-assembler-not "xi_pc_inner" } } */
/* { dg-final { scan-assembler "\\.gnu\\.xinline" } } */
/* { dg-final { scan-assembler "pc_scale" } } */
