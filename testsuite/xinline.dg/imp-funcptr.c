/* Function pointers in imported helpers: a call through a pointer
   argument, through a pointer in a struct in a loop, a helper returning
   the address of an external function (compared against the consumer's
   own &fp_add), a NULL-checked callback.  All helpers inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-funcptr-provider.c" } */

#include <stdio.h>

typedef int (*fp_binop) (int, int);
struct fp_ops { fp_binop op; int unit; };

extern int xi_fp_apply (fp_binop, int, int);
extern int xi_fp_fold (const struct fp_ops *, const int *, int);
extern fp_binop xi_fp_pick (int);
extern void (*xi_fp_logger (void)) (const char *, long);
extern void xi_fp_maybe (void (*) (const char *, long), long);

int fp_add (int a, int b) { return a + b; }
int fp_mul (int a, int b) { return a * b; }
static int fp_sub (int a, int b) { return a - b; }
void fp_log (const char *s, long v) { printf ("log %s %ld\n", s, v); }

volatile int vk = 1;
void (*volatile nocb) (const char *, long);

int
main (void)
{
  int v[] = { 3, -4, 5, 6 };
  struct fp_ops ops[] = { { fp_add, 0 }, { fp_mul, 1 }, { fp_sub, 100 } };
  printf ("%d %d %d\n", xi_fp_apply (fp_add, 2, vk), xi_fp_apply (fp_sub, 2, vk),
	  xi_fp_apply (xi_fp_pick (vk), 7, 6));
  for (int i = 0; i < 3; i++)
    printf ("fold %d: %d\n", i, xi_fp_fold (&ops[i], v, 4 - vk));
  printf ("%d %d\n", xi_fp_pick (0) == fp_add, xi_fp_pick (vk) == fp_mul);
  xi_fp_logger () ("direct", -1);
  printf ("%d\n", xi_fp_logger () == fp_log);
  xi_fp_maybe (fp_log, 42);
  xi_fp_maybe (nocb, 43);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_fp_apply } } */
/* { dg-final { scan-objdump-calls-not xi_fp_fold } } */
/* { dg-final { scan-objdump-calls-not xi_fp_pick } } */
/* { dg-final { scan-objdump-calls-not xi_fp_logger } } */
/* { dg-final { scan-objdump-calls-not xi_fp_maybe } } */
