/* helpers.c - C helpers a Rust program calls (examples/rust): a reference
   count, error pointers and a flags word, the shapes of the kernel's
   rust_helper_* wrappers.  Exported into a DB by the GCC plugin; the LLVM
   plugin (or the bitcode route) inlines them into the Rust code.  */
#include <stdbool.h>
#include <xinline.h>

struct counter {
  int refs;
  unsigned flags;
};

#define MAX_ERRNO 4095

__xinline void
counter_get (struct counter *c)
{
  __atomic_add_fetch (&c->refs, 1, __ATOMIC_RELAXED);
}

__xinline bool
counter_put (struct counter *c)
{
  return __atomic_sub_fetch (&c->refs, 1, __ATOMIC_ACQ_REL) == 0;
}

__xinline unsigned
counter_flags (const struct counter *c)
{
  return c->flags & 0xf;
}

__xinline bool
is_err (const void *p)
{
  return (unsigned long) p >= (unsigned long) -MAX_ERRNO;
}

__xinline long
ptr_err (const void *p)
{
  return (long) p;
}

__xinline void *
err_ptr (long error)
{
  return (void *) error;
}
