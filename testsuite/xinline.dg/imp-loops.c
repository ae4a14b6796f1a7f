/* Loops in imported helpers: a for loop, a while loop with an early
   return, a do-while, nested loops left with goto, continue and break.
   Counts come from volatile variables.  All calls inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-loops-provider.c" } */

#include <stdio.h>

extern long xi_lp_sum (const int *, int);
extern int xi_lp_find (const int *, int, int);
extern unsigned xi_lp_digits (unsigned long);
extern int xi_lp_pairs (const int *, int, int);
extern int xi_lp_skip (const int *, int);

int arr[] = { 5, -3, 8, 2, 2147483647, -2147483647 - 1, 7, 1, 4, 6, 3, 5, 2000 };
volatile int vn = 13;
volatile unsigned long dv[] = { 0, 9, 10, 99, 100, 4294967295ul,
				18446744073709551615ul };

int
main (void)
{
  int n = vn;
  for (int k = 0; k <= n; k++)
    printf ("sum[%d]=%ld find=%d\n", k, xi_lp_sum (arr, k),
	    xi_lp_find (arr, k, 7));
  printf ("find missing=%d find first=%d find empty=%d\n",
	  xi_lp_find (arr, n, 12345), xi_lp_find (arr, n, 5),
	  xi_lp_find (arr, 0, 5));
  for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++)
    printf ("digits(%lu)=%u\n", dv[i], xi_lp_digits (dv[i]));
  for (int t = 0; t < 14; t++)
    printf ("%d ", xi_lp_pairs (arr, n, t));
  printf ("\nskip=%d skip0=%d\n", xi_lp_skip (arr, n), xi_lp_skip (arr, 0));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_lp_sum } } */
/* { dg-final { scan-objdump-calls-not xi_lp_find } } */
/* { dg-final { scan-objdump-calls-not xi_lp_digits } } */
/* { dg-final { scan-objdump-calls-not xi_lp_pairs } } */
/* { dg-final { scan-objdump-calls-not xi_lp_skip } } */
