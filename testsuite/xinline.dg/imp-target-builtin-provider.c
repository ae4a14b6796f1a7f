/* Provider for imp-target-builtin.c, tor-target-builtin.c and
   imp-target-builtin-isa.c (compiled with -msse4.2): x86 target builtins
   that take and return scalars, carried by name and signature: the
   spin-loop cpu_relax (pause), rdtsc, crc32 (SSE4.2), the fences, bsr and
   a rotate.  */
#include <xinline.h>
#include <stdint.h>

__xinline int
xi_tb_spin (volatile int *flag, int limit)
{
  int n = 0;
  while (!*flag && n < limit)
    {
      __builtin_ia32_pause ();    /* cpu_relax () */
      n++;
    }
  return n;
}

__xinline int
xi_tb_tsc_moves (void)
{
  uint64_t a = __builtin_ia32_rdtsc ();
  uint64_t b = __builtin_ia32_rdtsc ();
  return b >= a;
}

__xinline uint32_t
xi_tb_crc (uint32_t crc, const unsigned char *p, unsigned n)
{
  for (unsigned i = 0; i < n; i++)
    crc = __builtin_ia32_crc32qi (crc, p[i]);
  return __builtin_ia32_crc32si (crc, n);
}

__xinline uint64_t
xi_tb_crc64 (uint64_t crc, uint64_t v)
{
  return __builtin_ia32_crc32di (crc, v);
}

__xinline void
xi_tb_fences (int *p, int v)
{
  __builtin_ia32_lfence ();
  p[0] = v;
  __builtin_ia32_sfence ();
  p[1] = v + 1;
  __builtin_ia32_mfence ();
}

__xinline int
xi_tb_bsr (int v)
{
  return v ? __builtin_ia32_bsrsi (v) : -1;
}

__xinline unsigned char
xi_tb_rol8 (unsigned char v, unsigned char n)
{
  return __builtin_ia32_rolqi (v, n);
}
