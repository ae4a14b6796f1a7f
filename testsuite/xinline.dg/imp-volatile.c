/* Volatile accesses in imported helpers keep their number: two volatile
   stores of the same value stay two stores, two volatile loads stay two
   loads, a byte-copy loop through volatile pointers stays byte accesses.
   All calls inlined; same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-volatile-provider.c" } */

#include <stdio.h>

extern void xi_vol_store2 (volatile int *, int);
extern int xi_vol_load2 (volatile int *);
extern void xi_vol_copy (volatile unsigned char *,
			 const volatile unsigned char *, int);

volatile int vst;
volatile int vld = 42;
volatile unsigned char vsrc[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
volatile unsigned char vdst[8];

__attribute__ ((noinline)) void
do_store (int v)
{
  xi_vol_store2 (&vst, v);
}

__attribute__ ((noinline)) int
do_load (void)
{
  return xi_vol_load2 (&vld);
}

int
main (int argc, char **argv)
{
  (void) argv;
  do_store (argc + 6);
  printf ("%d %d\n", vst, do_load ());
  xi_vol_copy (vdst, vsrc, argc + 4);
  for (int i = 0; i < 8; i++)
    printf ("%d ", vdst[i]);
  printf ("\n");
  return 0;
}

/* Two stores to vst (only do_store writes it).  */
/* { dg-final { scan-assembler-times "mov\[a-z\]*\[ \t\]+\[^,\]+, vst\\(%rip\\)" 2 } } */
/* Two loads of vld: in do_load only.  */
/* { dg-final { scan-assembler-times "mov\[a-z\]*\[ \t\]+vld\\(%rip\\), " 2 } } */
/* { dg-final { scan-objdump-calls-not xi_vol_store2 } } */
/* { dg-final { scan-objdump-calls-not xi_vol_load2 } } */
/* { dg-final { scan-objdump-calls-not xi_vol_copy } } */
