/* String literals and libc calls (strlen, memcpy, memcmp, printf) in
   imported helpers, at every optimization level: all inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-strings-provider.c" } */

#include <stdio.h>
#include <string.h>

extern const char *xi_tst_yesno (int);
extern size_t xi_tst_copy (char *, const char *, size_t);
extern int xi_tst_same (const char *, const char *, size_t);
extern void xi_tst_print (const char *, long);

volatile size_t vcap = 6;

int
main (int argc, char **argv)
{
  (void) argv;
  char buf[16];
  size_t n = xi_tst_copy (buf, "cross-object", vcap);
  printf ("%zu %s %s %s\n", n, buf, xi_tst_yesno (argc), xi_tst_yesno (argc - 1));
  n = xi_tst_copy (buf, "", sizeof buf);
  printf ("%zu [%s] %d %d\n", n, buf, xi_tst_same ("abcd", "abce", 3),
	  xi_tst_same ("abcd", "abce", vcap - 2));
  xi_tst_print ("argc", argc);
  xi_tst_print (xi_tst_yesno (0), -9223372036854775807L - 1);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tst_yesno } } */
/* { dg-final { scan-objdump-calls-not xi_tst_copy } } */
/* { dg-final { scan-objdump-calls-not xi_tst_same } } */
/* { dg-final { scan-objdump-calls-not xi_tst_print } } */
