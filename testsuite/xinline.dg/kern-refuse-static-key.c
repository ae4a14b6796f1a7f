/* The kernel's init_waitqueue_head(), spin_lock_init() (with lockdep),
   mutex_init() and friends expand to "static struct lock_class_key __key;"
   plus a call that passes &__key: one key, hence one lockdep class, per
   expansion site.  Inlined copies of a helper cannot share a static local
   (C99 6.7.4p3), so such a helper is refused, naming the variable, even
   when the key is an empty struct (lockdep off).  This is why
   rust_helper_init_waitqueue_head stays a call in the helper corpus
   (examples/kernel-helpers), and why upstream's rust helpers take the key
   as an argument instead (__spin_lock_init, __mutex_init): such helpers
   are exported.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

struct lock_class_key { };
struct wait_queue_head { int lock; void *head[2]; };
extern void __init_waitqueue_head (struct wait_queue_head *, const char *,
				   struct lock_class_key *);

#define init_waitqueue_head(wq)					\
  do {								\
    static struct lock_class_key __key;				\
    __init_waitqueue_head ((wq), #wq, &__key);			\
  } while (0)

void
rust_helper_init_waitqueue_head (struct wait_queue_head *wq) /* { dg-note "xinline: 'rust_helper_init_waitqueue_head' not exported: it uses static local variable '__key'" } */
{
  init_waitqueue_head (wq);
}

void
rust_helper___init_waitqueue_head (struct wait_queue_head *wq,
				   const char *name,
				   struct lock_class_key *key)
{
  __init_waitqueue_head (wq, name, key);
}

/* { dg-final { scan-xinline-not-exported rust_helper_init_waitqueue_head } } */
/* { dg-final { scan-xinline-exported rust_helper___init_waitqueue_head } } */
