/* Target builtins in imported helpers at every optimization level (the
   helpers and consumer of imp-target-builtin.c).  All inlined, same
   output as without the plugin.  */
/* { dg-do run } */
/* { dg-additional-options "-msse4.2" } */
/* { dg-xinline-provider "tor-target-builtin-provider.c" "-msse4.2" } */

#include "../xinline.dg/target-builtin-main.h"

/* { dg-final { scan-objdump-calls-not xi_tb_spin } } */
/* { dg-final { scan-objdump-calls-not xi_tb_crc } } */
/* { dg-final { scan-objdump-calls-not xi_tb_fences } } */
/* { dg-final { scan-objdump-calls-not xi_tb_bsr } } */
