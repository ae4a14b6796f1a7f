/* Imported helpers that call libc (printf, puts, strlen, memcpy, memset,
   memcmp) with variable sizes: the helpers are inlined, the libc calls
   they make still work; same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-libc-provider.c" } */

#include <stdio.h>
#include <string.h>

extern void xi_lc_say (const char *, int);
extern size_t xi_lc_len2 (const char *, const char *);
extern void xi_lc_fill (unsigned char *, int, size_t);
extern void *xi_lc_copy (void *, const void *, size_t);
extern int xi_lc_cmp (const void *, const void *, size_t);
extern void xi_lc_line (const char *);

volatile size_t vn = 5;
volatile int vc = 0x1ab;	/* memset takes the low byte */

int
main (int argc, char **argv)
{
  unsigned char buf[16], buf2[16];
  xi_lc_say ("main", argc);
  xi_lc_say ("", -2147483647 - 1);
  printf ("%zu %zu\n", xi_lc_len2 ("hello", ""), xi_lc_len2 (argv[0] + strlen (argv[0]), "abc"));
  xi_lc_fill (buf, vc, sizeof buf);
  xi_lc_fill (buf, 0, vn);
  unsigned char *r = xi_lc_copy (buf2, buf, sizeof buf);
  printf ("%d %d %d %d\n", r == buf2, buf2[0], buf2[4], buf2[5]);
  printf ("%d ", xi_lc_cmp (buf, buf2, sizeof buf));
  buf2[vn] = 0xff;
  printf ("%d %d ", xi_lc_cmp (buf, buf2, sizeof buf), xi_lc_cmp (buf2, buf, sizeof buf));
  printf ("%d\n", xi_lc_cmp (buf, buf2, vn));
  xi_lc_copy (buf, "xinline", 8);
  xi_lc_line ((const char *) buf);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_lc_say } } */
/* { dg-final { scan-objdump-calls-not xi_lc_len2 } } */
/* { dg-final { scan-objdump-calls-not xi_lc_fill } } */
/* { dg-final { scan-objdump-calls-not xi_lc_copy } } */
/* { dg-final { scan-objdump-calls-not xi_lc_cmp } } */
/* { dg-final { scan-objdump-calls-not xi_lc_line } } */
