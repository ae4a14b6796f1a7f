/* Bitfields whose container is not a power-of-two number of bytes: a
   40-bit field followed by a char (5-byte representative), a run of
   bitfields 72 bits long, and an 11+13-bit pair in a packed struct
   (3-byte representative).  The helpers should be exported and inlined
   like any other bitfield access, without touching the neighbouring
   "tail" members; same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-bitfield-wide-provider.c" } */

#include <stdio.h>
#include <string.h>

struct __attribute__ ((packed)) bw24 { unsigned char tag; unsigned int x : 11;
					  signed int y : 13; };
struct bw40 { unsigned long long v : 40; unsigned char tail; };
struct bw72 { unsigned int a : 20; unsigned int b : 20; unsigned int c : 20;
	      unsigned int d : 12; unsigned short tail; };

extern int xi_bw24_set (struct bw24 *, int);
extern unsigned long long xi_bw40_get (const struct bw40 *);
extern void xi_bw40_set (struct bw40 *, unsigned long long);
extern unsigned xi_bw72_get (const struct bw72 *);
extern void xi_bw72_set (struct bw72 *, unsigned);

volatile unsigned long long in[] = { 0, 1, 0xffffffffffull, 0x123456789aull,
				     0xffffffffffffffffull, 0x8000000000ull };

int
main (void)
{
  struct bw40 x;
  struct bw72 y;
  struct bw24 z;
  memset (&z, 0xff, sizeof z);
  memset (&x, 0x5a, sizeof x);
  memset (&y, 0xa5, sizeof y);
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      xi_bw40_set (&x, in[i]);
      xi_bw72_set (&y, (unsigned) (in[i] >> 4));
      printf ("%#llx tail=%u | %u a=%u d=%u tail=%u\n", xi_bw40_get (&x),
	      x.tail, xi_bw72_get (&y), y.a, y.d, y.tail);
      printf ("  %d\n", xi_bw24_set (&z, (int) in[i]));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_bw24_set } } */
/* { dg-final { scan-objdump-calls-not xi_bw40_get } } */
/* { dg-final { scan-objdump-calls-not xi_bw40_set } } */
/* { dg-final { scan-objdump-calls-not xi_bw72_get } } */
/* { dg-final { scan-objdump-calls-not xi_bw72_set } } */
