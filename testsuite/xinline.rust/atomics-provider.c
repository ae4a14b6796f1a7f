/* Provider for atomics.rs: the __atomic and __sync builtins with their
   memory orders, compare-exchange, fences.  */
#include <xinline.h>
#include <stdbool.h>

__xinline long xi_at_inc (long *p) { return __atomic_add_fetch (p, 1, __ATOMIC_SEQ_CST); }
__xinline long xi_at_fetch_sub (long *p, long v) { return __atomic_fetch_sub (p, v, __ATOMIC_RELEASE); }
__xinline unsigned xi_at_or (unsigned *p, unsigned v) { return __atomic_or_fetch (p, v, __ATOMIC_RELAXED); }
__xinline unsigned char xi_at_and (unsigned char *p, unsigned char v) { return __atomic_fetch_and (p, v, __ATOMIC_ACQ_REL); }
__xinline unsigned short xi_at_xor (unsigned short *p, unsigned short v) { return __atomic_xor_fetch (p, v, __ATOMIC_CONSUME); }
__xinline int xi_at_nand (int *p, int v) { return __atomic_nand_fetch (p, v, __ATOMIC_SEQ_CST); }
__xinline int xi_at_load (const int *p) { return __atomic_load_n (p, __ATOMIC_ACQUIRE); }
__xinline void xi_at_store (int *p, int v) { __atomic_store_n (p, v, __ATOMIC_RELEASE); }
__xinline long xi_at_xchg (long *p, long v) { return __atomic_exchange_n (p, v, __ATOMIC_ACQ_REL); }
__xinline bool
xi_at_cas (int *p, int old, int new_)
{
  return __atomic_compare_exchange_n (p, &old, new_, false, __ATOMIC_SEQ_CST,
                                      __ATOMIC_RELAXED);
}
__xinline int
xi_at_cas_old (int *p, int old, int new_)
{
  __atomic_compare_exchange_n (p, &old, new_, true, __ATOMIC_ACQUIRE,
                               __ATOMIC_ACQUIRE);
  return old;
}
__xinline bool xi_at_tas (bool *p) { return __atomic_test_and_set (p, __ATOMIC_ACQUIRE); }
__xinline void xi_at_clear (bool *p) { __atomic_clear (p, __ATOMIC_RELEASE); }
__xinline void xi_at_fences (void) { __atomic_thread_fence (__ATOMIC_SEQ_CST); __atomic_signal_fence (__ATOMIC_ACQUIRE); }
__xinline long xi_at_sync_add (long *p, long v) { return __sync_fetch_and_add (p, v); }
__xinline int xi_at_sync_sub (int *p, int v) { return __sync_sub_and_fetch (p, v); }
__xinline bool xi_at_sync_cas (long *p, long o, long n) { return __sync_bool_compare_and_swap (p, o, n); }
__xinline int xi_at_sync_val_cas (int *p, int o, int n) { return __sync_val_compare_and_swap (p, o, n); }
__xinline int xi_at_sync_lock (int *p) { return __sync_lock_test_and_set (p, 1); }
__xinline void xi_at_sync_unlock (int *p) { __sync_lock_release (p); }
__xinline void xi_at_sync_barrier (void) { __sync_synchronize (); }
