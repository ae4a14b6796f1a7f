/* Noreturn paths in imported helpers: a bounds check that calls abort()
   followed by __builtin_unreachable() (never taken here), a switch whose
   fall-out is unreachable, a noreturn helper that exits the program with
   status 0 at the end, and a noreturn helper on an impossible path.  All
   calls inlined, same output and exit status as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-noreturn-provider.c" } */

#include <stdio.h>

extern int xi_nr_checked_idx (int, int);
extern int xi_nr_kind (unsigned);
extern __attribute__ ((noreturn)) void xi_nr_finish (int);
extern __attribute__ ((noreturn)) void xi_nr_fail (const char *);

volatile int vn = 6;

int
main (int argc, char **argv)
{
  (void) argv;
  int s = 0;
  for (int i = 0; i < vn; i++)
    s += xi_nr_checked_idx (i, vn) + xi_nr_kind ((unsigned) i * 7u);
  printf ("s=%d\n", s);
  if (argc > 1000)
    xi_nr_fail ("too many arguments");
  xi_nr_finish (argc - 1);
}

/* { dg-final { scan-objdump-calls-not xi_nr_checked_idx } } */
/* { dg-final { scan-objdump-calls-not xi_nr_kind } } */
/* { dg-final { scan-objdump-calls-not xi_nr_finish } } */
/* { dg-final { scan-objdump-calls-not xi_nr_fail } } */
