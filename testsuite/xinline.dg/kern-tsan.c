/* A consumer compiled with -fsanitize=thread (the kernel's KCSAN is
   built on it) imports helpers from a provider compiled without it: the
   imported bodies get the consumer's TSan instrumentation (the 2-byte
   accesses only the helpers make), and the program runs as without the
   plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -fsanitize=thread" } */
/* { dg-xinline-provider "kern-sanitize-provider.c" } */

#include <stdio.h>

extern short xi_san_get (const short *, long);
extern void xi_san_put (short *, long, short);
extern int xi_san_add (int, int);

static short buf[16];

int
main (void)
{
  long sum = 0;
  for (int i = 0; i < 16; i++)
    xi_san_put (buf, i, (short) (i * 1000));
  for (int i = 0; i < 16; i++)
    sum = xi_san_add ((int) sum, xi_san_get (buf, i));
  printf ("%ld\n", sum);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_san_get } } */
/* { dg-final { scan-objdump-calls-not xi_san_put } } */
/* { dg-final { scan-objdump-calls-not xi_san_add } } */
/* { dg-final { scan-assembler "__tsan_read2" } } */
/* { dg-final { scan-assembler "__tsan_write2" } } */
