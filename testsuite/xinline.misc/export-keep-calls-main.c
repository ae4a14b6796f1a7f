/* Consumer for export-keep-calls.exp: calls OUTER of
   export-keep-calls-provider.c, which the DB inlines here (its body then
   calls the provider's exports), and prints what it returns.  */
#include <stdio.h>

int outer (int);

int
main (void)
{
  long sum = 0;
  for (int i = -50; i < 50; i++)
    sum = sum * 31 + outer (i);
  printf ("%ld\n", sum);
  return 0;
}
