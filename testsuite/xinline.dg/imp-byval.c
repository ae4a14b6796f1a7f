/* Aggregates passed and returned by value (IR version 3): structs of 4,
   8, 12, 16, 24 and 64 bytes, a struct with a double (passed in SSE
   registers: the consumer's own declaration decides the ABI, the body
   only copies bytes), a union, a 3-byte struct, helpers returning
   another helper's aggregate result, storing a result through a
   pointer, and calling external functions that take or return an
   aggregate (declared here, in imp-byval.h).  Every call inlined, same
   output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-byval-provider.c" } */

#include <stdio.h>
#include "imp-byval.h"

extern struct bv4 xi_bv4 (struct bv4);
extern struct bv8 xi_bv8 (struct bv8, int);
extern int xi_bv12_sum (struct bv12);
extern struct bv12 xi_bv12_make (int);
extern struct bv16 xi_bv16_swap (struct bv16);
extern struct bv24 xi_bv24 (struct bv24, struct bv24);
extern struct bv64 xi_bv64_rev (struct bv64);
extern long xi_bv64_sum (const struct bv64 *, struct bv64);
extern struct bvd xi_bvd (struct bvd);
extern union bvu xi_bvu (union bvu);
extern struct bvsz xi_bvsz (struct bvsz);
extern struct bv16 xi_bv16_twice (struct bv16);
extern struct bv4 xi_bv4_nested (int);
extern void xi_bv24_store (struct bv24 *, struct bv24);
extern long xi_bv_ext (struct bv24);
extern long xi_bv_ext_make (long);
extern void xi_bv_ext_drop (long);

int ext_calls;

__attribute__ ((noipa)) long
bv_ext_sum (struct bv24 x)
{
  ext_calls++;
  return x.a + x.b + x.c;
}

__attribute__ ((noipa)) struct bv16
bv_ext_make (long a)
{
  ext_calls++;
  return (struct bv16) { a * 3, a };
}

volatile int vk = 3;

int
main (void)
{
  struct bv4 a4 = xi_bv4 ((struct bv4) { 41 });
  struct bv8 a8 = xi_bv8 ((struct bv8) { 6, 100 }, vk);
  struct bv12 a12 = xi_bv12_make (vk);
  struct bv16 a16 = xi_bv16_swap ((struct bv16) { -1, 0x123456789L });
  struct bv24 x24 = { 1, 'a', 1000 }, y24 = { 7, 3, 9 };
  struct bv24 a24 = xi_bv24 (x24, y24);
  struct bv64 v64, r64;
  for (int i = 0; i < 8; i++)
    v64.v[i] = i * i - 5;
  r64 = xi_bv64_rev (v64);
  struct bvd ad = xi_bvd ((struct bvd) { 2.5, 10 });
  union bvu au = xi_bvu ((union bvu) { .l = 0x1122334455667788L });
  struct bvsz asz = xi_bvsz ((struct bvsz) { { 1, 2, 3 } });
  struct bv16 t16 = xi_bv16_twice ((struct bv16) { 5, 6 });
  struct bv4 n4 = xi_bv4_nested (vk);
  printf ("%d %d %d %d %d %d\n", a4.a, a8.a, a8.b, a12.a, a12.b, a12.c);
  printf ("%d %ld %ld\n", xi_bv12_sum (a12), a16.a, a16.b);
  printf ("%ld %d %ld\n", a24.a, a24.b, a24.c);
  for (int i = 0; i < 8; i++)
    printf ("%ld ", r64.v[i]);
  printf ("\n%ld\n", xi_bv64_sum (&v64, r64));
  printf ("%g %d %lx %d %d %d\n", ad.d, ad.i, au.l, asz.c[0], asz.c[1],
          asz.c[2]);
  printf ("%ld %ld %d\n", t16.a, t16.b, n4.a);
  xi_bv24_store (&x24, y24);
  printf ("%ld %d %ld\n", x24.a, x24.b, x24.c);
  printf ("%ld %ld\n", xi_bv_ext (y24), xi_bv_ext_make (vk));
  xi_bv_ext_drop (vk);
  printf ("%d\n", ext_calls);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_bv4 } } */
/* { dg-final { scan-objdump-calls-not xi_bv8 } } */
/* { dg-final { scan-objdump-calls-not xi_bv12_sum } } */
/* { dg-final { scan-objdump-calls-not xi_bv12_make } } */
/* { dg-final { scan-objdump-calls-not xi_bv16_swap } } */
/* { dg-final { scan-objdump-calls-not xi_bv24 } } */
/* { dg-final { scan-objdump-calls-not xi_bv64_rev } } */
/* { dg-final { scan-objdump-calls-not xi_bv64_sum } } */
/* { dg-final { scan-objdump-calls-not xi_bvd } } */
/* { dg-final { scan-objdump-calls-not xi_bvu } } */
/* { dg-final { scan-objdump-calls-not xi_bvsz } } */
/* { dg-final { scan-objdump-calls-not xi_bv16_twice } } */
/* { dg-final { scan-objdump-calls-not xi_bv4_nested } } */
/* { dg-final { scan-objdump-calls-not xi_bv24_store } } */
/* { dg-final { scan-objdump-calls-not xi_bv_ext } } */
/* { dg-final { scan-objdump-calls-not xi_bv_ext_make } } */
/* { dg-final { scan-objdump-calls-not xi_bv_ext_drop } } */
