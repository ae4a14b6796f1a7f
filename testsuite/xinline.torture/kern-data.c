/* Data-structure helpers in the kernel's style (kern-data-provider.c):
   unaligned and endian accesses, packed structs, bit-fields, __atomic with
   release/acquire/relaxed orders and __sync, bit builtins, memset,
   pointer tagging (xarray values), a parent/colour word (rbtree), at
   every optimization level: all inlined, same output as without the
   plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-data-provider.c" } */

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "kern-data.h"

extern uint32_t rust_helper_get_unaligned_le32 (const void *);
extern uint64_t rust_helper_get_unaligned_be64 (const void *);
extern void rust_helper_put_unaligned_be16 (uint16_t, void *);
extern uint32_t rust_helper_hdr_sum (const struct xi_kd_hdr *);
extern void rust_helper_hdr_init (struct xi_kd_hdr *, uint32_t);
extern int rust_helper_flags_update (struct xi_kd_flags *, int);
extern long rust_helper_atomic_long_add_return_release (long, long *);
extern long rust_helper_atomic_long_read_acquire (const long *);
extern long rust_helper_atomic_long_xchg_relaxed (long *, long);
extern int rust_helper_atomic_cmpxchg_acq_rel (int *, int, int);
extern int rust_helper_fls (unsigned);
extern unsigned long rust_helper___ffs (unsigned long);
extern unsigned rust_helper_hweight64 (uint64_t);
extern void *rust_helper_xa_mk_value (unsigned long);
extern unsigned long rust_helper_xa_to_value (const void *);
extern int rust_helper_xa_is_value (const void *);
extern void rust_helper_rb_link_node (struct xi_kd_node *, struct xi_kd_node *,
				      struct xi_kd_node **);
extern struct xi_kd_node *rust_helper_rb_parent (const struct xi_kd_node *);
extern void rust_helper_rb_set_black (struct xi_kd_node *);

static unsigned char buf[48];

int
main (void)
{
  for (unsigned i = 0; i < sizeof buf; i++)
    buf[i] = (unsigned char) (i * 29 + 3);
  for (unsigned off = 0; off < 8; off++)
    {
      printf ("%#x %#llx ", rust_helper_get_unaligned_le32 (buf + off),
	      (unsigned long long) rust_helper_get_unaligned_be64 (buf + off + 8));
      rust_helper_put_unaligned_be16 ((uint16_t) (0x1234 + off), buf + 31 + off);
      printf ("%#x\n", rust_helper_get_unaligned_le32 (buf + 31 + off));
    }

  struct { char pad; struct xi_kd_hdr h; char guard; } __attribute__ ((packed)) ph;
  ph.pad = 1;
  ph.guard = 2;
  rust_helper_hdr_init (&ph.h, 0x12345);
  printf ("%u %d %d\n", rust_helper_hdr_sum (&ph.h), ph.pad, ph.guard);

  struct xi_kd_flags f;
  memset (&f, 0, sizeof f);
  for (int d = -3; d <= 3; d++)
    printf ("%d ", rust_helper_flags_update (&f, d));
  printf ("%d\n", f.on_list);

  long v = 5;
  int iv = 7;
  printf ("%ld ", rust_helper_atomic_long_add_return_release (10, &v));
  printf ("%ld ", rust_helper_atomic_long_read_acquire (&v));
  printf ("%ld ", rust_helper_atomic_long_xchg_relaxed (&v, -1));
  printf ("%ld ", v);
  printf ("%d ", rust_helper_atomic_cmpxchg_acq_rel (&iv, 7, 8));
  printf ("%d ", rust_helper_atomic_cmpxchg_acq_rel (&iv, 7, 9));
  printf ("%d\n", iv);

  for (unsigned long w = 1; w; w <<= 13)
    printf ("%d %lu %u ", rust_helper_fls ((unsigned) w | 1u),
	    rust_helper___ffs (w), rust_helper_hweight64 (w * 0x1111));
  printf ("\n");

  void *e = rust_helper_xa_mk_value (12345);
  printf ("%d %lu %d\n", rust_helper_xa_is_value (e), rust_helper_xa_to_value (e),
	  rust_helper_xa_is_value (&f));

  struct xi_kd_node root, child, *link = NULL;
  memset (&root, 0, sizeof root);
  rust_helper_rb_link_node (&child, &root, &root.left);
  rust_helper_rb_set_black (&child);
  rust_helper_rb_link_node (&root, NULL, &link);
  printf ("%d %d %lu %d\n", rust_helper_rb_parent (&child) == &root,
	  root.left == &child, child.parent_color & 3,
	  link == &root && rust_helper_rb_parent (&root) == NULL);
  return 0;
}

/* { dg-final { scan-objdump-calls-not rust_helper_get_unaligned_le32 } } */
/* { dg-final { scan-objdump-calls-not rust_helper_get_unaligned_be64 } } */
/* { dg-final { scan-objdump-calls-not rust_helper_put_unaligned_be16 } } */
/* { dg-final { scan-objdump-calls-not rust_helper_hdr_sum } } */
/* { dg-final { scan-objdump-calls-not rust_helper_hdr_init } } */
/* { dg-final { scan-objdump-calls-not rust_helper_flags_update } } */
/* { dg-final { scan-objdump-calls-not rust_helper_atomic_long_add_return_release } } */
/* { dg-final { scan-objdump-calls-not rust_helper_atomic_long_read_acquire } } */
/* { dg-final { scan-objdump-calls-not rust_helper_atomic_long_xchg_relaxed } } */
/* { dg-final { scan-objdump-calls-not rust_helper_atomic_cmpxchg_acq_rel } } */
/* { dg-final { scan-objdump-calls-not rust_helper_fls } } */
/* { dg-final { scan-objdump-calls-not rust_helper___ffs } } */
/* { dg-final { scan-objdump-calls-not rust_helper_hweight64 } } */
/* { dg-final { scan-objdump-calls-not rust_helper_xa_mk_value } } */
/* { dg-final { scan-objdump-calls-not rust_helper_xa_to_value } } */
/* { dg-final { scan-objdump-calls-not rust_helper_xa_is_value } } */
/* { dg-final { scan-objdump-calls-not rust_helper_rb_link_node } } */
/* { dg-final { scan-objdump-calls-not rust_helper_rb_parent } } */
/* { dg-final { scan-objdump-calls-not rust_helper_rb_set_black } } */
