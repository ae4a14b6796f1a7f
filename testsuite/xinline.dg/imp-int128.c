/* 128-bit integers in imported helpers: arithmetic, shifts, division,
   comparisons, conversions to and from narrower types, constants with
   both halves, the kernel's mul_u64_u64_shr, checked arithmetic, loads,
   stores and a 16-byte memcpy, at the edge values.  All calls inlined,
   same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-int128-provider.c" } */

#include "int128-main.h"

/* { dg-final { scan-objdump-calls-not xi_w_triple } } */
/* { dg-final { scan-objdump-calls-not xi_w_xorc } } */
/* { dg-final { scan-objdump-calls-not xi_w_negc } } */
/* { dg-final { scan-objdump-calls-not xi_w_mul_shr } } */
/* { dg-final { scan-objdump-calls-not xi_w_shl } } */
/* { dg-final { scan-objdump-calls-not xi_w_sar } } */
/* { dg-final { scan-objdump-calls-not xi_w_div } } */
/* { dg-final { scan-objdump-calls-not xi_w_umod } } */
/* { dg-final { scan-objdump-calls-not xi_w_cmp } } */
/* { dg-final { scan-objdump-calls-not xi_w_ucmp } } */
/* { dg-final { scan-objdump-calls-not xi_w_trunc } } */
/* { dg-final { scan-objdump-calls-not xi_w_sext } } */
/* { dg-final { scan-objdump-calls-not xi_w_zext } } */
/* { dg-final { scan-objdump-calls-not xi_w_add_ovf } } */
/* { dg-final { scan-objdump-calls-not xi_w_mul_ovf } } */
/* { dg-final { scan-objdump-calls-not xi_w_load } } */
/* { dg-final { scan-objdump-calls-not xi_w_store } } */
/* { dg-final { scan-objdump-calls-not xi_w_copy16 } } */
/* { dg-final { scan-objdump-calls-not xi_w_minmax } } */
