/* Provider for v3-refused.rs: IR version 3 constructs the LLVM translator
   does not carry yet (each refused by name, the call stays a call), next
   to a helper it imports.  */
#include <xinline.h>

struct xi_v3_pair { long a, b; };

__xinline unsigned long
xi_v3_mulhi (unsigned long a, unsigned long b)
{
  return (unsigned long) (((unsigned __int128) a * b) >> 64);
}

__xinline struct xi_v3_pair
xi_v3_pair (long a)
{
  struct xi_v3_pair p = { a, a * 2 };
  return p;
}

__xinline int
xi_v3_pause (int x)
{
  __builtin_ia32_pause ();
  return x + 1;
}

__xinline int xi_v3_ok (int x) { return x * 5; }
