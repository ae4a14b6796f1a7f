/* Provider for imp-noreturn.c: __builtin_unreachable after a noreturn
   call in an impossible branch, and noreturn helpers.  */
#include <xinline.h>
#include <stdio.h>
#include <stdlib.h>

__xinline int xi_nr_checked_idx (int i, int n)
{
  if (i < 0 || i >= n)
    {
      abort ();
      __builtin_unreachable ();
    }
  return i * 2;
}

__xinline int xi_nr_kind (unsigned k)
{
  switch (k & 3)
    {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    }
  __builtin_unreachable ();
}

__xinline __attribute__ ((noreturn)) void xi_nr_finish (int code)
{
  printf ("finishing with %d\n", code);
  fflush (stdout);
  exit (code);
}

__xinline __attribute__ ((noreturn)) void xi_nr_fail (const char *why)
{
  fprintf (stderr, "fatal: %s\n", why);
  abort ();
}
