/* Provider for kern-atomic.c: the __atomic builtins with every memory
   order, and the __sync builtins.  */
#include <xinline.h>
#include <stdint.h>

/* Loads: relaxed, consume, acquire, seq_cst. */
__xinline int xi_at_load (const int *p, int order)
{
  switch (order)
    {
    case 0: return __atomic_load_n (p, __ATOMIC_RELAXED);
    case 1: return __atomic_load_n (p, __ATOMIC_CONSUME);
    case 2: return __atomic_load_n (p, __ATOMIC_ACQUIRE);
    default: return __atomic_load_n (p, __ATOMIC_SEQ_CST);
    }
}

/* Stores: relaxed, release, seq_cst. */
__xinline void xi_at_store (long *p, long v)
{
  __atomic_store_n (p, v, __ATOMIC_RELAXED);
  __atomic_store_n (p, v + 1, __ATOMIC_RELEASE);
  __atomic_store_n (p, v + 2, __ATOMIC_SEQ_CST);
}

/* Read-modify-write with every order. */
__xinline unsigned xi_at_rmw (unsigned *p, unsigned v)
{
  unsigned r = 0;
  r += __atomic_fetch_add (p, v, __ATOMIC_RELAXED);
  r += __atomic_fetch_sub (p, 1, __ATOMIC_CONSUME);
  r += __atomic_fetch_and (p, ~4u, __ATOMIC_ACQUIRE);
  r += __atomic_fetch_or (p, 8, __ATOMIC_RELEASE);
  r += __atomic_fetch_xor (p, v, __ATOMIC_ACQ_REL);
  r += __atomic_fetch_nand (p, 0xff00ff, __ATOMIC_SEQ_CST);
  r += __atomic_add_fetch (p, 3, __ATOMIC_SEQ_CST);
  r += __atomic_sub_fetch (p, 1, __ATOMIC_ACQ_REL);
  r += __atomic_and_fetch (p, 0xfffff, __ATOMIC_RELEASE);
  r += __atomic_or_fetch (p, 1, __ATOMIC_ACQUIRE);
  r += __atomic_xor_fetch (p, 2, __ATOMIC_RELAXED);
  r += __atomic_nand_fetch (p, 7, __ATOMIC_SEQ_CST);
  return r;
}

/* Exchange and compare-exchange, strong and weak, with failure orders. */
__xinline long xi_at_xchg (long *p, long v)
{
  return __atomic_exchange_n (p, v, __ATOMIC_ACQ_REL);
}

__xinline int xi_at_cas (int64_t *p, int64_t *expected, int64_t desired,
                         int weak)
{
  if (weak)
    return __atomic_compare_exchange_n (p, expected, desired, 1,
                                        __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
  return __atomic_compare_exchange_n (p, expected, desired, 0,
                                      __ATOMIC_SEQ_CST, __ATOMIC_ACQUIRE);
}

/* The expected value in a local whose address is only taken for the
   builtin: GCC's folder turns this into the internal function
   .ATOMIC_COMPARE_EXCHANGE (a complex result: old value, success). */
__xinline int64_t xi_at_cas_local (int64_t *p, int64_t old, int64_t desired)
{
  __atomic_compare_exchange_n (p, &old, desired, 0, __ATOMIC_ACQ_REL,
                               __ATOMIC_ACQUIRE);
  return old;
}

/* The generic (non-_n) forms, on 16-bit and 8-bit objects. */
__xinline uint16_t xi_at_generic (uint16_t *p, uint16_t v)
{
  uint16_t old, n = v;
  __atomic_load (p, &old, __ATOMIC_ACQUIRE);
  __atomic_exchange (p, &n, &old, __ATOMIC_RELEASE);
  __atomic_store (p, &v, __ATOMIC_SEQ_CST);
  return old;
}

__xinline int xi_at_flag (unsigned char *f)
{
  int was = __atomic_test_and_set (f, __ATOMIC_ACQUIRE);
  int again = __atomic_test_and_set (f, __ATOMIC_SEQ_CST);
  __atomic_clear (f, __ATOMIC_RELEASE);
  return was * 2 + again;
}

/* Fences and lock-freedom queries. */
__xinline int xi_at_fence (int *p)
{
  int v = *p;
  __atomic_thread_fence (__ATOMIC_ACQUIRE);
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  __atomic_thread_fence (__ATOMIC_RELEASE);
  __atomic_thread_fence (__ATOMIC_SEQ_CST);
  return v + __atomic_always_lock_free (sizeof (long), 0) * 10
         + __atomic_is_lock_free (sizeof (int), p) * 100;
}

/* The __sync builtins. */
__xinline long xi_sync (long *p, long v)
{
  long r = __sync_fetch_and_add (p, v);
  r += __sync_fetch_and_sub (p, 1);
  r += __sync_fetch_and_or (p, 0x10);
  r += __sync_fetch_and_and (p, ~1L);
  r += __sync_fetch_and_xor (p, 0x5);
  r += __sync_fetch_and_nand (p, 0xf0);
  r += __sync_add_and_fetch (p, 2);
  r += __sync_sub_and_fetch (p, 1);
  r += __sync_or_and_fetch (p, 0x100);
  r += __sync_and_and_fetch (p, 0xffff);
  r += __sync_xor_and_fetch (p, 3);
  r += __sync_nand_and_fetch (p, 0x3c);
  r += __sync_bool_compare_and_swap (p, *p, v);
  r += __sync_val_compare_and_swap (p, v, v + 7);
  r += __sync_lock_test_and_set (p, 9);
  __sync_synchronize ();
  __sync_lock_release (p);
  return r + *p;
}
