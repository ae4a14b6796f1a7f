/* Provider for imp-dead-frame.c: the 6.12 kmalloc wrapper pattern.
   kmalloc_noprof (size, flags) passes _RET_IP_ to kmalloc_type, which
   ignores it: the __builtin_return_address call is dead and dropped at
   export.  xi_df_caller_used reads it: still refused.  */
#include <xinline.h>
#include <stddef.h>
#include <stdlib.h>

#define _RET_IP_ ((unsigned long) __builtin_return_address (0))

void *df_alloc (size_t size, unsigned cache);

__attribute__ ((noinline)) void *
df_alloc (size_t size, unsigned cache)
{
  static unsigned char pool[4][64];
  return size <= 64 ? pool[cache & 3] : NULL;
}

static inline __attribute__ ((always_inline)) unsigned
df_kmalloc_type (unsigned flags, unsigned long caller)
{
  (void) caller;               /* used only with random kmalloc caches */
  return flags & 3;
}

__xinline void *
xi_df_kmalloc_noprof (size_t size, unsigned flags)
{
  return df_alloc (size, df_kmalloc_type (flags, _RET_IP_));
}

__xinline void *
xi_df_frame_unused (size_t size)
{
  __builtin_frame_address (0);
  return df_alloc (size, 1);
}

__xinline unsigned long
xi_df_caller_used (unsigned flags)
{
  return flags ^ (_RET_IP_ & 1);
}
