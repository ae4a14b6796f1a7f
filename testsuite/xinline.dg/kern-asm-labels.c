/* Helpers whose asm has numeric labels, %= labels and pushed-section
   table entries (kern-asm-labels-provider.c), inlined several times into
   one unit: the labels stay local to each copy (no "already defined"),
   every copy adds its own table entry, and each entry points at code.
   Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-asm-labels-provider.c" } */

#include <stdio.h>

extern unsigned xi_kal_spin (unsigned);
extern int xi_kal_count_bits (unsigned long);
extern int xi_kal_warn_on (int);

extern const int __start_xi_kal_table[], __stop_xi_kal_table[];
extern const int __start_xi_kal_bug_table[], __stop_xi_kal_bug_table[];

/* Every table entry is "label - ." and must land on an incl insn. */
static int
table_ok (void)
{
  int n = 0;
  for (const int *e = __start_xi_kal_table; e < __stop_xi_kal_table; e++, n++)
    {
      const unsigned char *insn = (const unsigned char *) e + *e;
      if (insn[0] != 0xff || (insn[1] & 0xf8) != 0xc0)	/* incl %reg */
	return -1;
    }
  return n > 0;
}

static int
bug_table_ok (void)
{
  int n = 0;
  for (const int *e = __start_xi_kal_bug_table; e < __stop_xi_kal_bug_table;
       e = (const int *) ((const char *) e + 12), n++)
    {
      const unsigned char *insn = (const unsigned char *) e + e[0];
      const char *file = (const char *) &e[1] + e[1] - 4;
      if (insn[0] != 0x0f || insn[1] != 0x0b
	  || __builtin_strcmp (file, "kern-asm-labels-provider.c"))
	return -1;
    }
  return n > 0;
}

volatile unsigned vin[] = { 1, 5, 100, 0 };

int
main (void)
{
  unsigned long w = 0xf0f0f0f00ff1ul;
  printf ("%u %u %u\n", xi_kal_spin (vin[0]), xi_kal_spin (vin[1]),
	  xi_kal_spin (vin[2]) + xi_kal_spin (vin[3]));
  printf ("%d %d %d\n", xi_kal_count_bits (w), xi_kal_count_bits (w >> 7),
	  xi_kal_count_bits (vin[2]));
  printf ("%d %d\n", xi_kal_warn_on ((int) vin[2]),
	  xi_kal_warn_on ((int) vin[1] * 200));
  printf ("%d %d\n", table_ok (), bug_table_ok ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_kal_spin } } */
/* { dg-final { scan-objdump-calls-not xi_kal_count_bits } } */
/* { dg-final { scan-objdump-calls-not xi_kal_warn_on } } */
/* One table entry per inlined copy.  */
/* { dg-final { scan-assembler-times "\\.pushsection xi_kal_table" 4 } } */
/* { dg-final { scan-assembler-times "\\.pushsection xi_kal_bug_table" 2 } } */
