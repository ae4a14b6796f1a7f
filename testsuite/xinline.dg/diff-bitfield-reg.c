/* A value stored whole and read back in pieces: FRE folds the piece read
   into BIT_FIELD_REF <v, SIZE, POS> of the register v, which the exporter
   writes as bits POS.. of v, (T) (v >> POS) -- not as a memory reference,
   which it would refuse ("it uses a ssa_name memory reference").  The
   helpers are inlined and the output is the same as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "diff-bitfield-reg-provider.c" } */

#include <stdio.h>

extern int xi_lo_byte (unsigned short);
extern int xi_hi_byte (unsigned short);
extern int xi_hi_sbyte (unsigned short);
extern long long xi_pieces (long long);

volatile unsigned short s[] = { 0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0x80ff, 0xffff };
volatile long long l[] = { 0, -1, 1, 0x0123456789abcdefLL, -0x0123456789abcdefLL,
			   0x7fffffffffffffffLL, 0x8000000000000000ULL, 0xffff0000ffff0000LL };

int
main (void)
{
  for (unsigned i = 0; i < sizeof s / sizeof s[0]; i++)
    printf ("%#x: %d %d %d\n", s[i], xi_lo_byte (s[i]), xi_hi_byte (s[i]),
	    xi_hi_sbyte (s[i]));
  for (unsigned i = 0; i < sizeof l / sizeof l[0]; i++)
    printf ("%llx: %lld\n", l[i], xi_pieces (l[i]));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_lo_byte } } */
/* { dg-final { scan-objdump-calls-not xi_hi_byte } } */
/* { dg-final { scan-objdump-calls-not xi_hi_sbyte } } */
/* { dg-final { scan-objdump-calls-not xi_pieces } } */
