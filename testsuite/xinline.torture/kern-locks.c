/* A miniature of the x86-64 kernel's spinlock, refcount, atomic, bitops,
   static-branch and barrier helpers, in its own asm idioms (lock-prefixed
   asm with .smp_locks-style entries, flag outputs, "+m", asm goto with a
   jump-table entry, a bug-table entry, READ_ONCE/WRITE_ONCE), exported as
   rust_helper_*s (kern-locks-provider.c) and used by two threads, at
   every optimization level: all inlined, same output as without the
   plugin.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-xinline-provider "kern-locks-provider.c" } */

#include <stdio.h>
#include <stdbool.h>
#include <pthread.h>

typedef struct { int counter; } xi_atomic_t;
typedef struct { xi_atomic_t refs; } xi_refcount_t;
typedef struct { xi_atomic_t val; } xi_spinlock_t;

extern unsigned long xi_saturations, xi_warnings;
extern void rust_helper_spin_lock_init (xi_spinlock_t *);
extern bool rust_helper_spin_trylock (xi_spinlock_t *);
extern void rust_helper_spin_lock (xi_spinlock_t *);
extern void rust_helper_spin_unlock (xi_spinlock_t *);
extern void rust_helper_refcount_inc (xi_refcount_t *);
extern bool rust_helper_refcount_inc_not_zero (xi_refcount_t *);
extern bool rust_helper_refcount_dec_and_test (xi_refcount_t *);
extern bool rust_helper_atomic_sub_and_test (int, xi_atomic_t *);
extern bool rust_helper_test_and_set_bit (long, volatile unsigned long *);
extern bool rust_helper_test_bit (long, const volatile unsigned long *);
extern void rust_helper_clear_bit (long, volatile unsigned long *);
extern bool rust_helper_static_key_false (void);
extern unsigned long rust_helper_smp_load_acquire (const unsigned long *);
extern void rust_helper_smp_mb (void);

static xi_spinlock_t lock;
static xi_refcount_t ref = { { 1 } };
static unsigned long bits[2];
static unsigned long counter, claimed;

static void *
worker (void *arg)
{
  long id = (long) arg;
  for (int i = 0; i < 20000; i++)
    {
      rust_helper_refcount_inc (&ref);
      rust_helper_spin_lock (&lock);
      counter++;
      rust_helper_spin_unlock (&lock);
      if (!rust_helper_test_and_set_bit ((i + id) % 128, bits))
	__atomic_fetch_add (&claimed, 1, __ATOMIC_RELAXED);
      rust_helper_clear_bit ((i + id) % 128, bits);
      if (rust_helper_refcount_dec_and_test (&ref))
	return (void *) 1;
    }
  return NULL;
}

int
main (void)
{
  pthread_t t[2];
  xi_atomic_t a = { 10 };

  rust_helper_spin_lock_init (&lock);
  for (long i = 0; i < 2; i++)
    if (pthread_create (&t[i], NULL, worker, (void *) i))
      return 2;
  for (int i = 0; i < 2; i++)
    if (pthread_join (t[i], NULL))
      return 2;
  rust_helper_smp_mb ();
  /* claimed depends on the interleaving: only its upper bound is fixed. */
  printf ("%lu %d %lu %d\n", rust_helper_smp_load_acquire (&counter),
	  ref.refs.counter, xi_saturations, claimed <= 40000);

  printf ("%d ", rust_helper_spin_trylock (&lock));
  printf ("%d ", rust_helper_spin_trylock (&lock));
  rust_helper_spin_unlock (&lock);
  printf ("%d\n", rust_helper_spin_trylock (&lock));

  printf ("%d ", rust_helper_refcount_inc_not_zero (&ref));
  printf ("%d ", rust_helper_refcount_dec_and_test (&ref));
  printf ("%d ", rust_helper_refcount_dec_and_test (&ref));
  printf ("%d ", rust_helper_refcount_inc_not_zero (&ref));
  rust_helper_refcount_inc (&ref);                /* from zero: flagged */
  printf ("%lu ", xi_saturations);
  ref.refs.counter = 0;
  printf ("%d ", rust_helper_refcount_dec_and_test (&ref));
  printf ("%lu\n", xi_warnings);

  printf ("%d ", rust_helper_atomic_sub_and_test (4, &a));
  printf ("%d ", rust_helper_atomic_sub_and_test (6, &a));
  printf ("%d\n", a.counter);

  bits[0] = bits[1] = 0;
  printf ("%d ", rust_helper_test_and_set_bit (70, bits));
  printf ("%d ", rust_helper_test_and_set_bit (70, bits));
  printf ("%d ", rust_helper_test_bit (70, bits));
  rust_helper_clear_bit (70, bits);
  rust_helper_clear_bit (3, bits);
  printf ("%d ", rust_helper_test_bit (70, bits));
  printf ("%#lx %d\n", bits[1], rust_helper_static_key_false ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not rust_helper_spin_lock_init } } */
/* { dg-final { scan-objdump-calls-not rust_helper_spin_trylock } } */
/* { dg-final { scan-objdump-calls-not rust_helper_spin_lock } } */
/* { dg-final { scan-objdump-calls-not rust_helper_spin_unlock } } */
/* { dg-final { scan-objdump-calls-not rust_helper_refcount_inc } } */
/* { dg-final { scan-objdump-calls-not rust_helper_refcount_inc_not_zero } } */
/* { dg-final { scan-objdump-calls-not rust_helper_refcount_dec_and_test } } */
/* { dg-final { scan-objdump-calls-not rust_helper_atomic_sub_and_test } } */
/* { dg-final { scan-objdump-calls-not rust_helper_test_and_set_bit } } */
/* { dg-final { scan-objdump-calls-not rust_helper_test_bit } } */
/* { dg-final { scan-objdump-calls-not rust_helper_clear_bit } } */
/* { dg-final { scan-objdump-calls-not rust_helper_static_key_false } } */
/* { dg-final { scan-objdump-calls-not rust_helper_smp_load_acquire } } */
/* { dg-final { scan-objdump-calls-not rust_helper_smp_mb } } */
/* The constant-nr clear_bit took its "andb" path in the caller.  */
/* { dg-final { scan-assembler "lock; andb \\\$-" } } */
