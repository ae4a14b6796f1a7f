/* Overflow-checking builtins (__builtin_add_overflow, sub, mul: internal
   functions .ADD_OVERFLOW etc. in GIMPLE) in helpers, as the kernel's
   check_add_overflow() uses them: they should be exported, imported and
   inlined like other arithmetic.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-overflow-provider.c" } */

#include <stdio.h>

extern int xi_ov_sat_add (int, int);
extern int xi_ov_sub_ok (long, long, long *);
extern unsigned xi_ov_mul_sat (unsigned, unsigned);

volatile int in[] = { -2147483647 - 1, -1000, -1, 0, 1, 65536, 2147483647 };
#define N (sizeof in / sizeof in[0])

int
main (void)
{
  for (unsigned i = 0; i < N; i++)
    for (unsigned j = 0; j < N; j++)
      {
	long r = 0;
	int ok = xi_ov_sub_ok ((long) in[i] << 32, (long) in[j] << 32, &r);
	printf ("%d %d: %d %d %ld %u\n", in[i], in[j], xi_ov_sat_add (in[i], in[j]),
		ok, r, xi_ov_mul_sat ((unsigned) in[i], (unsigned) in[j]));
      }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ov_sat_add } } */
/* { dg-final { scan-objdump-calls-not xi_ov_sub_ok } } */
/* { dg-final { scan-objdump-calls-not xi_ov_mul_sat } } */
