/* Inline asm in imported helpers, one x86-64 construct per helper (see
   kern-asm-provider.c): constraints r, m, +m, =m, =&r, i, n, e, Z, q, Q,
   a, b, c, d, S, D, "0" matching, flag outputs; cc and memory clobbers;
   volatile; asm inline; named operands; modifiers %k %q %b %w %h %c %P;
   %fs-relative access.  Every helper is inlined and the program prints
   the same as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-asm-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <string.h>

struct xi_ka_pair { unsigned lo, hi; };
extern unsigned xi_ka_r (unsigned, unsigned);
extern unsigned xi_ka_m (const unsigned *);
extern void xi_ka_plus_m (unsigned *, unsigned);
extern void xi_ka_eq_m (struct xi_ka_pair *, unsigned);
extern unsigned long xi_ka_early (unsigned long, unsigned long);
extern unsigned xi_ka_in (unsigned);
extern unsigned long xi_ka_ez (unsigned long);
extern int xi_ka_q (unsigned, unsigned);
extern unsigned xi_ka_abcd (unsigned, unsigned, unsigned, unsigned);
extern void *xi_ka_movsb (void *, const void *, unsigned long);
extern uint64_t xi_ka_mulhi (uint64_t, uint64_t, uint64_t *);
extern unsigned xi_ka_named (unsigned, unsigned);
extern unsigned long xi_ka_mods (unsigned long);
extern unsigned long xi_ka_cp (void);
extern unsigned xi_ka_barrier (unsigned *);
extern _Bool xi_ka_flag (unsigned long *, long);
extern void *xi_ka_fs (void);

volatile unsigned long vin[] = { 0, 1, 7, 0xff, 0x1234, 0x80000000u,
				 0xdeadbeefcafef00dull, ~0ull };
#define N (sizeof vin / sizeof vin[0])

int
main (void)
{
  unsigned mem = 5;
  struct xi_ka_pair pair = { 1, 2 };
  unsigned long bits = 0;
  char src[32], dst[32];

  for (unsigned i = 0; i < N; i++)
    {
      unsigned long v = vin[i], w = vin[(i + 3) % N];
      unsigned a = (unsigned) v, b = (unsigned) w;
      uint64_t lo, hi;
      hi = xi_ka_mulhi (v, w, &lo);
      printf ("%u %u %#lx %u %#lx %d %u %#llx:%#llx %u %#lx\n",
	      xi_ka_r (a, b), xi_ka_m (&a), xi_ka_early (v, w), xi_ka_in (a),
	      xi_ka_ez (v), xi_ka_q (a, b), xi_ka_abcd (a, b, a ^ b, 99),
	      (unsigned long long) hi, (unsigned long long) lo,
	      xi_ka_named (a, b), xi_ka_mods (v));
      xi_ka_plus_m (&mem, a);
      xi_ka_plus_m (&mem, 3);
      xi_ka_eq_m (&pair, b);
      printf ("%u %u %u %d", mem, pair.lo, pair.hi, xi_ka_flag (&bits, i * 9 % 64));
      printf (" %d %#lx\n", xi_ka_flag (&bits, i * 9 % 64), bits);
    }
  for (unsigned i = 0; i < sizeof src; i++)
    src[i] = (char) ('a' + i % 26);
  memset (dst, 0, sizeof dst);
  if (xi_ka_movsb (dst + 1, src + 3, 20) != dst + 1)
    return 1;
  printf ("%.21s| %lu %u\n", dst + 1, xi_ka_cp (), xi_ka_barrier (&mem));
  printf ("fs:0 is the thread pointer: %d\n",
	  xi_ka_fs () == __builtin_thread_pointer ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ka_r } } */
/* { dg-final { scan-objdump-calls-not xi_ka_m } } */
/* { dg-final { scan-objdump-calls-not xi_ka_plus_m } } */
/* { dg-final { scan-objdump-calls-not xi_ka_eq_m } } */
/* { dg-final { scan-objdump-calls-not xi_ka_early } } */
/* { dg-final { scan-objdump-calls-not xi_ka_in } } */
/* { dg-final { scan-objdump-calls-not xi_ka_ez } } */
/* { dg-final { scan-objdump-calls-not xi_ka_q } } */
/* { dg-final { scan-objdump-calls-not xi_ka_abcd } } */
/* { dg-final { scan-objdump-calls-not xi_ka_movsb } } */
/* { dg-final { scan-objdump-calls-not xi_ka_mulhi } } */
/* { dg-final { scan-objdump-calls-not xi_ka_named } } */
/* { dg-final { scan-objdump-calls-not xi_ka_mods } } */
/* { dg-final { scan-objdump-calls-not xi_ka_cp } } */
/* { dg-final { scan-objdump-calls-not xi_ka_barrier } } */
/* { dg-final { scan-objdump-calls-not xi_ka_flag } } */
/* { dg-final { scan-objdump-calls-not xi_ka_fs } } */
/* The asm text reached the consumer.  */
/* { dg-final { scan-assembler "rep movsb" } } */
/* { dg-final { scan-assembler "movq %fs:0, %r" } } */
/* PIE: GCC adds @PLT to an external symbol printed with %P, as it would
   in any unit that declares it extern.  */
/* { dg-final { scan-assembler "leaq xi_ka_global(@PLT)?\\(%rip\\)" } } */
/* { dg-final { scan-assembler "movq \\\$21 \\* 2 \\+ 1, %r" } } */
/* { dg-final { scan-assembler "lock; addl \\\$3, " } } */
/* { dg-final { scan-assembler "btsq %r\[a-z0-9\]+, " } } */
