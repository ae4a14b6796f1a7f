/* Provider for imp-loops.c: for, while and do loops, early exits, nested
   loops.  */
#include <xinline.h>

__xinline long xi_lp_sum (const int *a, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

__xinline int xi_lp_find (const int *a, int n, int key)
{
  int i = 0;
  while (i < n)
    {
      if (a[i] == key)
	return i;		/* early exit */
      i++;
    }
  return -1;
}

__xinline unsigned xi_lp_digits (unsigned long v)
{
  unsigned d = 0;
  do
    {
      d++;
      v /= 10;
    }
  while (v);
  return d;
}

__xinline int xi_lp_pairs (const int *a, int n, int target)
{
  int c = 0;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      {
	if ((long) a[i] + a[j] == target)
	  c++;
	if (c >= 5)
	  goto out;		/* break out of both loops */
      }
out:
  return c;
}

__xinline int xi_lp_skip (const int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      if (a[i] < 0)
	continue;
      if (a[i] > 1000)
	break;
      s += a[i];
    }
  return s;
}
