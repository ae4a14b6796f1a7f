/* Provider for imp-slot.c: helpers with local arrays and structs whose
   address is taken, and helpers taking the address of a parameter.  */
#include <xinline.h>
#include <string.h>

struct sl_pair { int a, b; };

extern void sl_touch (int *p, int n);
extern void sl_pair_fill (struct sl_pair *p);

/* A local array passed to an external function.  */
__xinline int xi_sl_array (int seed)
{
  int buf[8];
  for (int i = 0; i < 8; i++)
    buf[i] = seed + i;
  sl_touch (buf, 8);
  int s = 0;
  for (int i = 0; i < 8; i++)
    s = s * 3 + buf[i];
  return s;
}

/* A local struct filled through its address.  */
__xinline int xi_sl_struct (int k)
{
  struct sl_pair p;
  p.a = k;
  sl_pair_fill (&p);
  return p.a * 1000 + p.b;
}

/* Address of a parameter.  */
__xinline int xi_sl_param (int x)
{
  sl_touch (&x, 1);
  return x + 1;
}

/* Address of a parameter, bytes read back through memcpy.  */
__xinline unsigned xi_sl_bytes (unsigned long v, int i)
{
  unsigned char b[sizeof v];
  memcpy (b, &v, sizeof v);
  return b[i & 7];
}

/* A local array indexed by a variable (stays in memory).  */
__xinline int xi_sl_lookup (int i)
{
  int t[5] = { 7, -3, 11, 0, 42 };
  t[i % 5] += i;
  return t[(i + 1) % 5] + t[i % 5];
}
