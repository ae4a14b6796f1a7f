/* Provider for kern-locks.c: a miniature of the x86-64 kernel's locking,
   refcount, bitops and ordering helpers, in the kernel's own asm idioms
   (LOCK_PREFIX with a .smp_locks entry, CC_SET/CC_OUT flag outputs, "+m",
   asm goto static branches, ud2 + bug table), as rust_helper_*s.  */
#include <xinline.h>
#include <stdbool.h>

#define XI_LOCK_PREFIX                                  \
  ".pushsection .xi_smp_locks,\"a\"\n"                  \
  ".balign 4\n"                                         \
  ".long 671f - .\n"                                    \
  ".popsection\n"                                       \
  "671:\n\tlock; "

#define XI_READ_ONCE(x) (*(const volatile __typeof__ (x) *) &(x))
#define XI_WRITE_ONCE(x, v) (*(volatile __typeof__ (x) *) &(x) = (v))
#define xi_barrier() __asm__ __volatile__ ("" : : : "memory")

typedef struct { int counter; } xi_atomic_t;
typedef struct { xi_atomic_t refs; } xi_refcount_t;
typedef struct { xi_atomic_t val; } xi_spinlock_t;

unsigned long xi_saturations;   /* refcount_warn_saturate() stand-in */
unsigned long xi_warnings;

/* WARN_ON(): a bug-table entry, then the counter (instead of a trap) */
static inline bool xi_warn_on (bool cond)
{
  if (__builtin_expect (cond, 0))
    {
      __asm__ volatile ("1:\tnop\n"
                        ".pushsection .xi_bug_table,\"aw\"\n"
                        "2:\t.long 1b - 2b\n"
                        "\t.word %c0\n"
                        "\t.org 2b + 8\n"
                        ".popsection" : : "i" (__LINE__));
      xi_warnings++;
    }
  return cond;
}

static inline int xi_atomic_read (const xi_atomic_t *v)
{
  return XI_READ_ONCE (v->counter);
}

static inline int xi_atomic_fetch_add (int i, xi_atomic_t *v)
{
  __asm__ volatile (XI_LOCK_PREFIX "xaddl %0, %1"
                    : "+r" (i), "+m" (v->counter) : : "memory");
  return i;
}

static inline bool xi_atomic_sub_and_test (int i, xi_atomic_t *v)
{
  bool c;
  __asm__ volatile (XI_LOCK_PREFIX "subl %2, %0"
                    : "+m" (v->counter), "=@ccz" (c) : "er" (i) : "memory");
  return c;
}

static inline bool xi_atomic_try_cmpxchg (xi_atomic_t *v, int *old, int new)
{
  bool ok;
  int o = *old;
  __asm__ volatile (XI_LOCK_PREFIX "cmpxchgl %[new], %[ptr]"
                    : "=@ccz" (ok), [ptr] "+m" (v->counter), "+a" (o)
                    : [new] "r" (new) : "memory");
  if (!ok)
    *old = o;
  return ok;
}

/* ---- spinlock: a test-and-set lock on cmpxchg ----------------------------- */

__xinline void rust_helper_spin_lock_init (xi_spinlock_t *l)
{
  XI_WRITE_ONCE (l->val.counter, 0);
}

__xinline bool rust_helper_spin_trylock (xi_spinlock_t *l)
{
  int old = 0;
  return xi_atomic_try_cmpxchg (&l->val, &old, 1);
}

__xinline void rust_helper_spin_lock (xi_spinlock_t *l)
{
  int old = 0;
  while (!xi_atomic_try_cmpxchg (&l->val, &old, 1))
    {
      do
        __asm__ volatile ("rep; nop" : : : "memory");   /* cpu_relax() */
      while (xi_atomic_read (&l->val));
      old = 0;
    }
}

__xinline void rust_helper_spin_unlock (xi_spinlock_t *l)
{
  xi_barrier ();
  XI_WRITE_ONCE (l->val.counter, 0);                /* smp_store_release */
}

/* ---- refcount_t with saturation ------------------------------------------------ */

__xinline void rust_helper_refcount_inc (xi_refcount_t *r)
{
  int old = xi_atomic_fetch_add (1, &r->refs);
  if (__builtin_expect (!old, 0))
    xi_saturations += 100;                          /* use-after-free */
  else if (__builtin_expect (old < 0 || old + 1 < 0, 0))
    xi_saturations++;
}

__xinline bool rust_helper_refcount_inc_not_zero (xi_refcount_t *r)
{
  int old = xi_atomic_read (&r->refs);
  do
    {
      if (!old)
        break;
    }
  while (!xi_atomic_try_cmpxchg (&r->refs, &old, old + 1));
  return old != 0;
}

__xinline bool rust_helper_refcount_dec_and_test (xi_refcount_t *r)
{
  int old = xi_atomic_fetch_add (-1, &r->refs);
  if (old == 1)
    return true;
  xi_warn_on (old <= 0);
  return false;
}

__xinline bool rust_helper_atomic_sub_and_test (int i, xi_atomic_t *v)
{
  return xi_atomic_sub_and_test (i, v);
}

/* ---- bitops ----------------------------------------------------------------------- */

__xinline bool rust_helper_test_and_set_bit (long nr, volatile unsigned long *addr)
{
  bool c;
  __asm__ volatile (XI_LOCK_PREFIX "btsq %2, %1"
                    : "=@ccc" (c), "+m" (*addr) : "Ir" (nr) : "memory");
  return c;
}

__xinline bool rust_helper_test_bit (long nr, const volatile unsigned long *addr)
{
  bool c;
  __asm__ volatile ("btq %2, %1" : "=@ccc" (c)
                    : "m" (*(const unsigned long *) addr), "Ir" (nr));
  return c;
}

__xinline void rust_helper_clear_bit (long nr, volatile unsigned long *addr)
{
  if (__builtin_constant_p (nr))
    __asm__ volatile (XI_LOCK_PREFIX "andb %b1, %0"
                      : "+m" (*((volatile char *) addr + (nr >> 3)))
                      : "iq" ((char) ~(1 << (nr & 7))) : "memory");
  else
    __asm__ volatile (XI_LOCK_PREFIX "btrq %1, %0"
                      : "+m" (*addr) : "Ir" (nr) : "memory");
}

/* ---- a static branch ---------------------------------------------------------------- */

struct xi_static_key { int enabled; };
struct xi_static_key xi_debug_key;

__xinline bool rust_helper_static_key_false (void)
{
  __asm__ goto ("1:\n\t.byte 0x0f,0x1f,0x44,0x00,0x00\n\t"
                ".pushsection .xi_jump_table, \"aw\"\n\t"
                ".balign 8\n\t"
                ".long 1b - ., %l[l_yes] - .\n\t"
                ".quad %c0 - .\n\t"
                ".popsection"
                : : "i" (&xi_debug_key) : : l_yes);
  return false;
l_yes:
  return true;
}

/* ---- ordering -------------------------------------------------------------------------- */

__xinline unsigned long rust_helper_smp_load_acquire (const unsigned long *p)
{
  unsigned long v = XI_READ_ONCE (*p);
  xi_barrier ();
  return v;
}

__xinline void rust_helper_smp_mb (void)
{
  __asm__ volatile ("lock; addl $0,-4(%%rsp)" : : : "memory", "cc");
}
