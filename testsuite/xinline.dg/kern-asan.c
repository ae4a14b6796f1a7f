/* A consumer compiled with -fsanitize=address imports helpers from a
   provider compiled without it: the imported bodies go through the
   consumer's pipeline and get its ASan instrumentation (the 2-byte
   accesses only the helpers make are checked here), and the program runs
   as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -fsanitize=address" } */
/* { dg-xinline-provider "kern-sanitize-provider.c" } */

#include <stdio.h>
#include <stdlib.h>

extern short xi_san_get (const short *, long);
extern void xi_san_put (short *, long, short);
extern int xi_san_add (int, int);

int
main (void)
{
  int n = 16;
  short *buf = malloc (n * sizeof *buf);
  long sum = 0;
  if (!buf)
    return 1;
  for (int i = 0; i < n; i++)
    xi_san_put (buf, i, (short) (i * 1000));
  for (int i = 0; i < n; i++)
    sum = xi_san_add ((int) sum, xi_san_get (buf, i));
  printf ("%ld\n", sum);
  free (buf);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_san_get } } */
/* { dg-final { scan-objdump-calls-not xi_san_put } } */
/* { dg-final { scan-objdump-calls-not xi_san_add } } */
/* { dg-final { scan-assembler "__asan_report_load2" } } */
/* { dg-final { scan-assembler "__asan_report_store2" } } */
