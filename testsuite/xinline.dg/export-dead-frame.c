/* A frame builtin whose value nobody reads (6.12's kmalloc_noprof passes
   _RET_IP_ to kmalloc_type, which ignores it) is dropped at export and the
   helper exported; one whose value is used is still refused.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>
#include <stddef.h>

#define _RET_IP_ ((unsigned long) __builtin_return_address (0))

extern void *df_alloc (size_t size, unsigned cache, unsigned long caller);

static inline __attribute__ ((always_inline)) unsigned
df_kmalloc_type (unsigned flags, unsigned long caller)
{
  (void) caller;
  return flags & 3;
}

__xinline void *
xi_kmalloc_noprof (size_t size, unsigned flags)
{
  return df_alloc (size, df_kmalloc_type (flags, _RET_IP_), 0);
}

__xinline void
xi_frame_unused (void)
{
  __builtin_frame_address (0);
  __builtin_return_address (0);
}

__xinline void *
xi_kmalloc_track (size_t size, unsigned flags) /* { dg-note "xinline: 'xi_kmalloc_track' not exported: it calls '__builtin_return_address'" } */
{
  return df_alloc (size, df_kmalloc_type (flags, 0), _RET_IP_);
}

/* { dg-final { scan-xinline-exported xi_kmalloc_noprof } } */
/* { dg-final { scan-xinline-exported xi_frame_unused } } */
/* { dg-final { scan-xinline-not-exported xi_kmalloc_track } } */
