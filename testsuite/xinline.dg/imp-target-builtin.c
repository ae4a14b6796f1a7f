/* Target builtins in imported helpers (__builtin_ia32_pause, rdtsc,
   crc32*, the fences, bsr, rolqi): carried by name and signature, found
   among this unit's target builtins (crc32 needs -msse4.2 here as in the
   provider).  All inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -msse4.2" } */
/* { dg-xinline-provider "imp-target-builtin-provider.c" "-msse4.2" } */

#include "target-builtin-main.h"

/* { dg-final { scan-objdump-calls-not xi_tb_spin } } */
/* { dg-final { scan-objdump-calls-not xi_tb_tsc_moves } } */
/* { dg-final { scan-objdump-calls-not xi_tb_crc } } */
/* { dg-final { scan-objdump-calls-not xi_tb_crc64 } } */
/* { dg-final { scan-objdump-calls-not xi_tb_fences } } */
/* { dg-final { scan-objdump-calls-not xi_tb_bsr } } */
/* { dg-final { scan-objdump-calls-not xi_tb_rol8 } } */
