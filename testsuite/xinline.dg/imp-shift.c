/* Shifts and rotates in imported helpers: rotate idioms of 8, 16 (by a
   constant), 32 and 64 bits, arithmetic and logical right shifts of
   negative values, left shifts, bit-field extraction, with shift counts
   0, 1, width-1 and masked larger counts.  All calls inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-shift-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

extern uint32_t xi_sh_rotl32 (uint32_t, unsigned);
extern uint64_t xi_sh_rotr64 (uint64_t, unsigned);
extern uint8_t xi_sh_rotl8 (uint8_t, unsigned);
extern uint16_t xi_sh_rotr16_const (uint16_t);
extern int32_t xi_sh_sar (int32_t, unsigned);
extern uint32_t xi_sh_shr (uint32_t, unsigned);
extern uint64_t xi_sh_shl64 (uint64_t, unsigned);
extern int64_t xi_sh_sar64 (int64_t, unsigned);
extern uint32_t xi_sh_field (uint32_t, unsigned, unsigned);

volatile uint64_t vals[] = { 0, 1, 0x80000000u, 0x80000001u, 0xdeadbeefu,
			     0x8000000000000000ull, 0x0123456789abcdefull,
			     0xffffffffffffffffull };
volatile unsigned cnt[] = { 0, 1, 7, 8, 15, 31, 32, 33, 63, 64, 100 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
    {
      uint64_t v = vals[i];
      printf ("%#" PRIx64 " r16=%#x\n", v, xi_sh_rotr16_const ((uint16_t) v));
      for (unsigned j = 0; j < sizeof cnt / sizeof cnt[0]; j++)
	{
	  unsigned n = cnt[j];
	  printf (" %u: %#" PRIx32 " %#" PRIx64 " %#x %" PRId32 " %#" PRIx32
		  " %#" PRIx64 " %" PRId64 " %#" PRIx32 "\n", n,
		  xi_sh_rotl32 ((uint32_t) v, n), xi_sh_rotr64 (v, n),
		  xi_sh_rotl8 ((uint8_t) v, n), xi_sh_sar ((int32_t) v, n),
		  xi_sh_shr ((uint32_t) v, n), xi_sh_shl64 (v, n),
		  xi_sh_sar64 ((int64_t) v, n),
		  xi_sh_field ((uint32_t) v, n & 15, (n & 15) + 1));
	}
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_sh_rotl32 } } */
/* { dg-final { scan-objdump-calls-not xi_sh_rotr64 } } */
/* { dg-final { scan-objdump-calls-not xi_sh_rotl8 } } */
/* { dg-final { scan-objdump-calls-not xi_sh_rotr16_const } } */
/* { dg-final { scan-objdump-calls-not xi_sh_sar } } */
/* { dg-final { scan-objdump-calls-not xi_sh_shr } } */
/* { dg-final { scan-objdump-calls-not xi_sh_shl64 } } */
/* { dg-final { scan-objdump-calls-not xi_sh_sar64 } } */
/* { dg-final { scan-objdump-calls-not xi_sh_field } } */
