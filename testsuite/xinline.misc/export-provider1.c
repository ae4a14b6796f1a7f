/* Provider for the xinline.misc tests (determinism, archives, xinline-db):
   helpers with a string pool, a switch, a loop, a struct and a call.  */
#include <xinline.h>

struct dev { int id; unsigned flags; const char *name; };

extern int dev_notify (struct dev *, int);

__xinline const char *
xi_state_name (int s)
{
  switch (s)
    {
    case 0: return "off";
    case 1: return "on";
    case 2: return "standby";
    case 3: return "fault";
    default: return "unknown";
    }
}

__xinline int
xi_sum (const int *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i] * (i + 1);
  return s;
}

__xinline int
xi_dev_set (struct dev *d, unsigned f)
{
  d->flags |= f;
  return dev_notify (d, d->id);
}
