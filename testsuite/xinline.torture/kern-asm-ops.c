/* Inline asm operand forms in imported helpers (kern-asm-ops-provider.c)
   at every optimization level: "0" matching with =a/=d, a/b/c/d, S/D/c
   with rep movsb, modifiers %k %q %h %b %w %c, named operands with asm
   inline, flag outputs, "+m" with "ir", "=&r", asm goto with a value
   carried to the label, %fs-relative.  All inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-asm-ops-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <string.h>

extern uint64_t xi_tao_mul (uint64_t, uint64_t, uint64_t *);
extern unsigned xi_tao_regs (unsigned, unsigned, unsigned, unsigned);
extern void xi_tao_copy (void *, const void *, unsigned long);
extern unsigned long xi_tao_mods (unsigned long);
extern int xi_tao_named (int, int);
extern int xi_tao_below (unsigned, unsigned);
extern void xi_tao_rmw (unsigned *, unsigned);
extern unsigned long xi_tao_early (unsigned long, unsigned long);
extern long xi_tao_goto (long, long);
extern void *xi_tao_tp (void);

volatile uint64_t vin[] = { 0, 1, 3, 0xff, 0xfedc, 0x80000000u,
			    0x123456789abcdefull, ~0ull };
#define N (sizeof vin / sizeof vin[0])

int
main (void)
{
  unsigned acc = 0x5a5a;
  char src[40], dst[40];
  for (unsigned i = 0; i < N; i++)
    {
      uint64_t a = vin[i], b = vin[N - 1 - i], hi, lo;
      lo = xi_tao_mul (a, b, &hi);
      xi_tao_rmw (&acc, (unsigned) a);
      xi_tao_rmw (&acc, 0x11);
      printf ("%#llx:%#llx %u %#lx %d %d %u %#lx %ld\n",
	      (unsigned long long) hi, (unsigned long long) lo,
	      xi_tao_regs ((unsigned) a, (unsigned) b, 7, i),
	      xi_tao_mods (a), xi_tao_named ((int) a, (int) i),
	      xi_tao_below ((unsigned) a, (unsigned) b), acc,
	      xi_tao_early (a, b), xi_tao_goto ((long) a, (long) b));
    }
  memset (dst, '.', sizeof dst);
  for (unsigned i = 0; i < sizeof src; i++)
    src[i] = (char) ('A' + i % 26);
  xi_tao_copy (dst + 2, src + 5, vin[4] & 31);
  printf ("%.39s %d\n", dst, xi_tao_tp () == __builtin_thread_pointer ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tao_mul } } */
/* { dg-final { scan-objdump-calls-not xi_tao_regs } } */
/* { dg-final { scan-objdump-calls-not xi_tao_copy } } */
/* { dg-final { scan-objdump-calls-not xi_tao_mods } } */
/* { dg-final { scan-objdump-calls-not xi_tao_named } } */
/* { dg-final { scan-objdump-calls-not xi_tao_below } } */
/* { dg-final { scan-objdump-calls-not xi_tao_rmw } } */
/* { dg-final { scan-objdump-calls-not xi_tao_early } } */
/* { dg-final { scan-objdump-calls-not xi_tao_goto } } */
/* { dg-final { scan-objdump-calls-not xi_tao_tp } } */
