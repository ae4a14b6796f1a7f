/* Provider for kern-data.c: data-structure helpers in the kernel's style:
   get/put_unaligned on packed structs and memcpy, endian conversion,
   bit-fields, __atomic with orders, __sync, bit builtins, memcpy/memset,
   an xarray-style tagged pointer, an rbtree-style parent/colour word.  */
#include <xinline.h>
#include <stdint.h>
#include <stddef.h>

#include "kern-data.h"

#define xi_get_unaligned(ptr) ({                                          \
  const struct { __typeof__ (*(ptr)) x; } __attribute__ ((packed)) *__p   \
    = (const void *) (ptr);                                               \
  __p->x; })

__xinline uint32_t rust_helper_get_unaligned_le32 (const void *p)
{
  return xi_get_unaligned ((const uint32_t *) p);
}

__xinline uint64_t rust_helper_get_unaligned_be64 (const void *p)
{
  uint64_t v;
  __builtin_memcpy (&v, p, 8);
  return __builtin_bswap64 (v);
}

__xinline void rust_helper_put_unaligned_be16 (uint16_t v, void *p)
{
  v = __builtin_bswap16 (v);
  __builtin_memcpy (p, &v, 2);
}

__xinline uint32_t rust_helper_hdr_sum (const struct xi_kd_hdr *h)
{
  return h->type + h->len + h->csum;
}

__xinline void rust_helper_hdr_init (struct xi_kd_hdr *h, uint32_t len)
{
  __builtin_memset (h, 0, sizeof *h);
  h->type = 0x45;
  h->len = len;
  h->csum = (uint16_t) ~(len ^ (len >> 16));
}

__xinline int rust_helper_flags_update (struct xi_kd_flags *f, int d)
{
  f->prio = f->prio + d;
  f->users += 3;
  f->state = (f->state + 1) & 7;
  f->on_list = d > 0;
  return f->prio * 100000 + f->users * 10 + f->state;
}

__xinline long rust_helper_atomic_long_add_return_release (long i, long *v)
{
  return __atomic_add_fetch (v, i, __ATOMIC_RELEASE);
}

__xinline long rust_helper_atomic_long_read_acquire (const long *v)
{
  return __atomic_load_n (v, __ATOMIC_ACQUIRE);
}

__xinline long rust_helper_atomic_long_xchg_relaxed (long *v, long n)
{
  return __atomic_exchange_n (v, n, __ATOMIC_RELAXED);
}

__xinline int rust_helper_atomic_cmpxchg_acq_rel (int *v, int old, int new)
{
  return __sync_val_compare_and_swap (v, old, new);
}

__xinline int rust_helper_fls (unsigned x)
{
  return x ? 32 - __builtin_clz (x) : 0;
}

__xinline unsigned long rust_helper___ffs (unsigned long w)
{
  return __builtin_ctzl (w);
}

__xinline unsigned rust_helper_hweight64 (uint64_t w)
{
  return __builtin_popcountll (w);
}

/* xarray-style values: integers tagged in pointers */
__xinline void *rust_helper_xa_mk_value (unsigned long v)
{
  return (void *) ((v << 1) | 1);
}
__xinline unsigned long rust_helper_xa_to_value (const void *entry)
{
  return (unsigned long) entry >> 1;
}
__xinline int rust_helper_xa_is_value (const void *entry)
{
  return (unsigned long) entry & 1;
}

/* rbtree-style parent pointer with the colour in bit 0 */
__xinline void rust_helper_rb_link_node (struct xi_kd_node *node,
                                         struct xi_kd_node *parent,
                                         struct xi_kd_node **link)
{
  node->parent_color = (unsigned long) parent;
  node->left = node->right = NULL;
  *link = node;
}
__xinline struct xi_kd_node *rust_helper_rb_parent (const struct xi_kd_node *n)
{
  return (struct xi_kd_node *) (n->parent_color & ~3UL);
}
__xinline void rust_helper_rb_set_black (struct xi_kd_node *n)
{
  n->parent_color |= 1;
}
