/* Provider for tbuiltin.rs: x86 target builtins the LLVM translator maps
   to intrinsics (pause in a spin loop, fences, clflush, rdtsc, rdtscp,
   bsr, 8- and 16-bit rotates)
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

__xinline int xi_tb_bsr (int x) { return __builtin_ia32_bsrsi (x | 1); }
__xinline long long xi_tb_bsrl (long long x) { return __builtin_ia32_bsrdi (x | 1); }

__xinline unsigned
xi_tb_rot (unsigned x, int n)
{
  return __builtin_ia32_rolqi ((unsigned char) x, n)
         ^ (__builtin_ia32_rorhi ((unsigned short) x, n) << 8)
         ^ ((unsigned) __builtin_ia32_rolhi ((unsigned short) (x >> 3), n) << 16)
         ^ __builtin_ia32_rorqi ((unsigned char) (x >> 5), n);
}

__xinline unsigned
xi_tb_crc (unsigned c, unsigned v)
{
  return __builtin_ia32_crc32si (c, v);
}
