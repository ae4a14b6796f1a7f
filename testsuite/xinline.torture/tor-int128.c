/* 128-bit integers in imported helpers at every optimization level (the
   helpers and the consumer of imp-int128.c).  All inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-int128-provider.c" } */

#include "../xinline.dg/int128-main.h"

/* { dg-final { scan-objdump-calls-not xi_w_triple } } */
/* { dg-final { scan-objdump-calls-not xi_w_mul_shr } } */
/* { dg-final { scan-objdump-calls-not xi_w_sar } } */
/* { dg-final { scan-objdump-calls-not xi_w_div } } */
/* { dg-final { scan-objdump-calls-not xi_w_add_ovf } } */
/* { dg-final { scan-objdump-calls-not xi_w_copy16 } } */
