/* reloc-provider.c -- a helper that stores the address of an external
   function (Linux's init_wait: wq_entry->func = autoremove_wake_function).
   Input of reloc.exp.  */
#include <xinline.h>
struct xi_rl_entry { int flags; int (*func) (int); };
extern int xi_rl_wake (int);
__xinline void
xi_rl_init (struct xi_rl_entry *e)
{
  e->flags = 0;
  e->func = xi_rl_wake;
}
