/* Signed, unsigned, _Bool and byte-straddling bitfields, and bitfields of
   a packed struct, written and read by imported helpers at every
   optimization level: all inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-bitfield-provider.c" } */

#include <stdio.h>
#include <string.h>

struct tb_flags
{
  unsigned int mode : 3;
  signed int delta : 6;
  _Bool on : 1;
  unsigned int count : 12;
  signed int off : 10;
};
struct __attribute__ ((packed)) tb_packed { unsigned char tag; unsigned int x : 5; signed int y : 11; };

extern void xi_tb_step (struct tb_flags *, int);
extern int xi_tb_sum (const struct tb_flags *);
extern int xi_tb_packed (struct tb_packed *, int);

volatile int in[] = { 0, 1, -1, 31, -32, 17, 1023, -512, 4095, 2047 };

int
main (void)
{
  struct tb_flags f;
  struct tb_packed p;
  memset (&f, 0, sizeof f);
  memset (&p, 0xff, sizeof p);
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    {
      xi_tb_step (&f, in[i] & 31);
      printf ("%u %d %d %u %d = %d | %d\n", f.mode, f.delta, f.on, f.count,
	      f.off, xi_tb_sum (&f), xi_tb_packed (&p, in[i]));
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tb_step } } */
/* { dg-final { scan-objdump-calls-not xi_tb_sum } } */
/* { dg-final { scan-objdump-calls-not xi_tb_packed } } */
