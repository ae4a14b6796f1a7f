/* A frame builtin whose value is unused (the 6.12 kmalloc family:
   kmalloc_type (flags, _RET_IP_) ignores the caller) is dropped at export:
   the helpers are imported and inlined; one whose value is used stays
   refused (and is called).  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-dead-frame-provider.c" } */

#include <stdio.h>
#include <stddef.h>

extern void *df_alloc (size_t, unsigned);
extern void *xi_df_kmalloc_noprof (size_t, unsigned);
extern void *xi_df_frame_unused (size_t);
extern unsigned long xi_df_caller_used (unsigned);

int
main (void)
{
  for (unsigned f = 0; f < 6; f++)
    printf ("%u: %d %d %d\n", f,
	    xi_df_kmalloc_noprof (16, f) == df_alloc (1, f),
	    xi_df_kmalloc_noprof (100, f) == NULL,
	    xi_df_frame_unused (f * 20) == (f * 20 <= 64 ? df_alloc (0, 1) : NULL));
  printf ("%d\n", xi_df_caller_used (2) != 0);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_df_kmalloc_noprof } } */
/* { dg-final { scan-objdump-calls-not xi_df_frame_unused } } */
