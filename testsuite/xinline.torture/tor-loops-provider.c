/* Provider for tor-loops.c.  */
#include <xinline.h>

__xinline int xi_tl_index (const short *a, int n, short key)
{
  for (int i = 0; i < n; i++)
    if (a[i] == key)
      return i;
  return -1;
}

__xinline unsigned xi_tl_collatz (unsigned long x)
{
  unsigned steps = 0;
  while (x != 1 && steps < 1000)
    {
      x = (x & 1) ? 3 * x + 1 : x / 2;
      steps++;
    }
  return steps;
}

__xinline long xi_tl_matrix (const int *m, int rows, int cols)
{
  long s = 0;
  int r = 0;
  do
    {
      for (int c = 0; c < cols; c++)
	{
	  if (m[r * cols + c] < 0)
	    break;
	  s += (long) m[r * cols + c] * (r + 1);
	}
    }
  while (++r < rows);
  return s;
}
