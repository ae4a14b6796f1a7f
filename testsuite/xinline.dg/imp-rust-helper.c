/* Helpers selected by their rust_helper_ prefix (no attribute) are
   imported and inlined like __xinline ones; a function of the provider
   without the prefix or attribute is not in the DB and stays a call.
   Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-rust-helper-provider.c" } */

#include <stdio.h>

struct rh_refcount { int refs; };

extern void rust_helper_refcount_inc (struct rh_refcount *);
extern int rust_helper_refcount_dec_and_test (struct rh_refcount *);
extern int not_a_rust_helper (int);

volatile int vn = 3;

int
main (void)
{
  struct rh_refcount r = { 0 };
  for (int i = 0; i < vn; i++)
    rust_helper_refcount_inc (&r);
  for (int i = 0; i < vn; i++)
    printf ("%d ", rust_helper_refcount_dec_and_test (&r));
  printf ("%d %d\n", r.refs, not_a_rust_helper (vn));
  return 0;
}

/* { dg-final { scan-objdump-calls-not rust_helper_refcount_inc } } */
/* { dg-final { scan-objdump-calls-not rust_helper_refcount_dec_and_test } } */
/* { dg-final { scan-assembler "call\\s+not_a_rust_helper" } } */
