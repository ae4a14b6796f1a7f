/* A target builtin whose instruction set this unit does not enable is
   refused: the helpers using crc32 (SSE4.2 in the provider) are not
   imported into a unit compiled without -msse4.2, with a warning naming
   the builtin and the fix; those using only pause, rdtsc and the fences
   are still inlined.  */
/* { dg-do compile } */
/* { dg-options "-O2 -mno-sse4.2" } */
/* { dg-xinline-provider "imp-target-builtin-provider.c" "-msse4.2" } */

#include <stdint.h>

extern int xi_tb_spin (volatile int *, int);
extern uint32_t xi_tb_crc (uint32_t, const unsigned char *, unsigned); /* { dg-warning "not importing 'xi_tb_crc' from '\[^'\]*': it calls target builtin '__builtin_ia32_crc32qi', which this unit does not have \\(its instruction set is not enabled here, or this GCC lacks it\\): compile this unit with the provider's -m options \\(e.g. -msse4.2 for crc32\\)" } */
extern uint64_t xi_tb_crc64 (uint64_t, uint64_t); /* { dg-warning "not importing 'xi_tb_crc64' from '\[^'\]*': it calls target builtin '__builtin_ia32_crc32di'" } */
extern void xi_tb_fences (int *, int);

uint64_t
use (volatile int *f, int *p, const unsigned char *s)
{
  xi_tb_fences (p, 1);
  return xi_tb_spin (f, 10) + xi_tb_crc (0, s, 4) + xi_tb_crc64 (1, 2);
}

/* { dg-final { scan-assembler "(call|jmp)\\s+xi_tb_crc\\M" } } */
/* { dg-final { scan-assembler "(call|jmp)\\s+xi_tb_crc64" } } */
/* { dg-final { scan-assembler-not "(call|jmp)\\s+xi_tb_spin" } } */
/* { dg-final { scan-assembler-not "(call|jmp)\\s+xi_tb_fences" } } */
/* { dg-final { scan-assembler "rep;? ?nop" } } */
