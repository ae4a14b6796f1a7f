/* __atomic builtins with every memory order (relaxed, consume, acquire,
   release, acq_rel, seq_cst; loads, stores, fetch-op, op-fetch, exchange,
   strong and weak compare-exchange with failure orders, the generic
   forms, test_and_set/clear, fences, lock-free queries) and the __sync
   builtins in imported helpers (kern-atomic-provider.c): all inlined, same
   output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-atomic-provider.c" } */

#include <stdio.h>
#include <stdint.h>

extern int xi_at_load (const int *, int);
extern void xi_at_store (long *, long);
extern unsigned xi_at_rmw (unsigned *, unsigned);
extern long xi_at_xchg (long *, long);
extern int xi_at_cas (int64_t *, int64_t *, int64_t, int);
extern int64_t xi_at_cas_local (int64_t *, int64_t, int64_t);
extern uint16_t xi_at_generic (uint16_t *, uint16_t);
extern int xi_at_flag (unsigned char *);
extern int xi_at_fence (int *);
extern long xi_sync (long *, long);

int
main (void)
{
  int i32 = 17;
  long l = 3;
  unsigned u = 0x1234;
  int64_t c = 10, e;
  uint16_t h = 0xabcd;
  unsigned char f = 0;

  for (int k = 0; k < 4; k++)
    printf ("%d ", xi_at_load (&i32, k) + k);
  xi_at_store (&l, 40);
  printf ("%ld ", l);
  printf ("%u ", xi_at_rmw (&u, 0x55));
  printf ("%u ", u);
  printf ("%ld ", xi_at_xchg (&l, -1));
  printf ("%ld\n", l);
  for (int weak = 0; weak < 2; weak++)
    {
      int ok;
      /* A weak CAS may fail spuriously: retry while the value matches. */
      do
	{
	  e = 10 + weak * 5;
	  ok = xi_at_cas (&c, &e, 15 + weak, weak);
	}
      while (!ok && e == 10 + weak * 5);
      printf ("cas %d: %d %lld %lld\n", weak, ok, (long long) e, (long long) c);
      e = 99;
      ok = xi_at_cas (&c, &e, 1, weak);
      printf ("cas %d: %d %lld %lld\n", weak, ok, (long long) e, (long long) c);
    }
  printf ("%lld ", (long long) xi_at_cas_local (&c, 16, 20));
  printf ("%lld ", (long long) xi_at_cas_local (&c, 16, 21));
  printf ("%lld\n", (long long) c);
  printf ("%#x ", xi_at_generic (&h, 0x1111));
  printf ("%#x\n", h);
  printf ("%d ", xi_at_flag (&f));
  printf ("%d ", xi_at_flag (&f));
  printf ("%d\n", f);
  printf ("%d\n", xi_at_fence (&i32));
  l = 1000;
  printf ("%ld ", xi_sync (&l, 77));
  printf ("%ld\n", l);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_at_load } } */
/* { dg-final { scan-objdump-calls-not xi_at_store } } */
/* { dg-final { scan-objdump-calls-not xi_at_rmw } } */
/* { dg-final { scan-objdump-calls-not xi_at_xchg } } */
/* { dg-final { scan-objdump-calls-not xi_at_cas } } */
/* .ATOMIC_COMPARE_EXCHANGE (a local "expected") is carried as the
   builtin on a slot.  */
/* { dg-final { scan-objdump-calls-not xi_at_cas_local } } */
/* { dg-final { scan-objdump-calls-not xi_at_generic } } */
/* { dg-final { scan-objdump-calls-not xi_at_flag } } */
/* { dg-final { scan-objdump-calls-not xi_at_fence } } */
/* { dg-final { scan-objdump-calls-not xi_sync } } */
/* The orders reached the consumer: seq_cst fences and stores.  */
/* { dg-final { scan-assembler "lock orq\[ \t\]+\\\$0, \\(%rsp\\)" } } */
/* { dg-final { scan-assembler "lock cmpxchg" } } */
/* { dg-final { scan-assembler "xchg" } } */
