/* Provider for control.rs: switches (sparse, with case ranges, dense ones
   GCC turns into tables), loops, helpers calling helpers, string
   literals, calls to other functions, a WARN_ONCE-style "once" flag.  */
#include <xinline.h>
#include <string.h>

int xi_ct_counter;

__xinline int
xi_ct_classify (int c)
{
  switch (c)
    {
    case 0: return 10;
    case 1 ... 9: return 11;
    case 100 ... 1000: return 12;
    case -50: return 13;
    case 5000000: return 14;
    default: return -1;
    }
}

__xinline int
xi_ct_table (unsigned i)
{
  switch (i)
    {
    case 0: return 3; case 1: return 1; case 2: return 4; case 3: return 1;
    case 4: return 5; case 5: return 9; case 6: return 2; case 7: return 6;
    default: return 0;
    }
}

__xinline int
xi_ct_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      if (i % 7 == 3)
        continue;
      if (s > 100000)
        break;
      s += i * i;
    }
  return s;
}

__xinline int xi_ct_square (int x) { return x * x; }
__xinline int xi_ct_sum_squares (int a, int b) { return xi_ct_square (a) + xi_ct_square (b); }
__xinline int xi_ct_deep (int a) { return xi_ct_sum_squares (a, a + 1) - xi_ct_square (a); }

__xinline unsigned long xi_ct_name_len (int i) { return strlen (i ? "xinline" : "rust"); }

/* String builtins GCC does not fold: calls to the C library.  */
__xinline int
xi_ct_same (const char *a, const char *b, unsigned long n)
{
  return (__builtin_memcmp (a, b, n) == 0) * 100 + (int) __builtin_strlen (a)
         + (__builtin_strchr (a, 'l') != 0) * 1000;
}

static inline void
once (int cond)
{
  static int done __attribute__ ((section (".data.once")));
  if (cond && !done)
    {
      done = 1;
      xi_ct_counter++;
    }
}
__xinline void xi_ct_warn_once (int cond) { once (cond); }

__xinline int
xi_ct_unreachable (int x)
{
  if (x < 0)
    __builtin_unreachable ();
  return x / 2;
}
