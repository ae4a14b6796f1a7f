/* for, while and do-while loops with early exits, break and nested loops
   in imported helpers, at every optimization level (the consumer may
   unroll or vectorize the inlined loops): all inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-loops-provider.c" } */

#include <stdio.h>

extern int xi_tl_index (const short *, int, short);
extern unsigned xi_tl_collatz (unsigned long);
extern long xi_tl_matrix (const int *, int, int);

short keys[] = { 4, -8, 15, 16, 23, 42, -32768, 32767, 0, 4 };
int mat[4][5] = { { 1, 2, 3, 4, 5 }, { 6, -1, 8, 9, 10 },
		  { 11, 12, 13, 14, -15 }, { -16, 17, 18, 19, 20 } };
volatile int vn = 10;

int
main (void)
{
  for (int k = -40; k < 50; k += 4)
    printf ("%d ", xi_tl_index (keys, vn, (short) k));
  printf ("%d %d\n", xi_tl_index (keys, vn, -32768), xi_tl_index (keys, 0, 4));
  for (unsigned long x = 1; x < 30; x += (unsigned long) vn / 3)
    printf ("%u ", xi_tl_collatz (x));
  printf ("%u\n", xi_tl_collatz (837799));
  for (int r = 1; r <= 4; r++)
    printf ("%ld ", xi_tl_matrix (&mat[0][0], r, vn / 2));
  printf ("\n");
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tl_index } } */
/* { dg-final { scan-objdump-calls-not xi_tl_collatz } } */
/* { dg-final { scan-objdump-calls-not xi_tl_matrix } } */
