/* Provider for tbuiltin.rs: x86 target builtins the LLVM translator maps
   to intrinsics (pause in a spin loop, fences, clflush, rdtsc, rdtscp)
   and one it refuses (crc32: SSE4.2, not in every caller's instruction
   set).  */
#include <xinline.h>

__xinline int
xi_tb_spin (volatile int *flag, int limit)
{
  int n = 0;
  while (*flag == 0 && n < limit)
    {
      __builtin_ia32_pause ();
      n++;
    }
  return n;
}

__xinline int
xi_tb_fences (int *p, int v)
{
  p[0] = v;
  __builtin_ia32_sfence ();
  __builtin_ia32_mfence ();
  __builtin_ia32_clflush (p);
  __builtin_ia32_lfence ();
  return p[0] + 1;
}

/* Whether the counter did not go backwards (the values differ by run).  */
__xinline int
xi_tb_tsc (void)
{
  unsigned long long a = __builtin_ia32_rdtsc ();
  unsigned long long b = __builtin_ia32_rdtsc ();
  return b >= a;
}

__xinline int
xi_tb_tscp (unsigned *aux)
{
  unsigned long long a = __builtin_ia32_rdtscp (aux);
  return a != 0;
}

__xinline unsigned
xi_tb_crc (unsigned c, unsigned v)
{
  return __builtin_ia32_crc32si (c, v);
}
