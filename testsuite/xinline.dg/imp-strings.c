/* String literals in imported helpers: returned (selected by a
   condition), indexed ("0123..."[v & 15]), passed to another function,
   offset into.  The literals come along with the body: all calls inlined,
   same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-strings-provider.c" } */

#include <stdio.h>
#include <string.h>

extern const char *xi_str_name (int);
extern char xi_str_hex (unsigned);
extern int xi_str_pass (int);
extern const char *xi_str_tail (int);

int
str_sink (const char *s, int n)
{
  printf ("sink(\"%s\", %d)\n", s, n);
  return (int) strlen (s) + n;
}

volatile int in[] = { -2147483647 - 1, -1, 0, 1, 2147483647 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    printf ("%d %s %c%c %s\n", in[i], xi_str_name (in[i]),
	    xi_str_hex ((unsigned) in[i] >> 4), xi_str_hex ((unsigned) in[i]),
	    xi_str_tail (in[i]));
  printf ("%d\n", xi_str_pass (in[3]));
  /* Different literals stay different objects.  */
  printf ("%d\n", xi_str_name (in[0]) == xi_str_name (in[4]));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_str_name } } */
/* { dg-final { scan-objdump-calls-not xi_str_hex } } */
/* { dg-final { scan-objdump-calls-not xi_str_pass } } */
/* { dg-final { scan-objdump-calls-not xi_str_tail } } */
