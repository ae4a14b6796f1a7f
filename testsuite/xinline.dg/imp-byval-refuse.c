/* Aggregates by value on import: a helper calling an external function
   with an aggregate argument or result is rebuilt on this unit's own
   declaration of that function (its types give the ABI); this unit does
   not declare bv_ext_sum, so xi_bv_ext is refused with a note saying to
   include its header; it declares bv_ext_make with a result of another
   size, and xi_bv16_swap itself with a parameter of another size: both
   refused.  A helper taking and returning aggregates without calls is
   inlined.  */
/* { dg-do compile } */
/* { dg-xinline-provider "imp-byval-provider.c" } */

struct bv4 { int a; };
struct bv16 { long a, b; };
struct bv24 { long a; char b; long c; };
struct bv8x { long a; };

extern struct bv8x bv_ext_make (long);

extern long xi_bv_ext (struct bv24);	/* { dg-warning "not importing 'xi_bv_ext' from '\[^'\]*': it calls 'bv_ext_sum' with an aggregate by value and this unit does not declare 'bv_ext_sum'; include its header" } */
extern long xi_bv_ext_make (long);	/* { dg-warning "not importing 'xi_bv_ext_make' from '\[^'\]*': it calls bv_ext_make, which this unit declares with another type" } */
extern struct bv16 xi_bv16_swap (struct bv8x);	/* { dg-warning "not importing 'xi_bv16_swap' from '\[^'\]*': this unit declares it with a different type than the DB body" } */
extern struct bv4 xi_bv4 (struct bv4);

long
use (struct bv24 x, long a)
{
  struct bv16 s = xi_bv16_swap ((struct bv8x) { a });
  return xi_bv_ext (x) + xi_bv_ext_make (a) + xi_bv4 ((struct bv4) { 1 }).a
         + s.a + bv_ext_make (a).a;
}

/* { dg-final { scan-assembler "call\\s+xi_bv_ext\\M" } } */
/* { dg-final { scan-assembler "call\\s+xi_bv_ext_make" } } */
/* { dg-final { scan-assembler "call\\s+xi_bv16_swap" } } */
/* { dg-final { scan-assembler-not "xi_bv4" } } */
