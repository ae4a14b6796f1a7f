/* Shared by imp-byval.c and its provider: aggregates of 4, 8, 12, 16, 24
   and 64 bytes, one with a double, a union, passed and returned by
   value.  */
struct bv4 { int a; };
struct bv8 { int a; short b; };
struct bv12 { int a, b, c; };
struct bv16 { long a, b; };
struct bv24 { long a; char b; long c; };
struct bv64 { long v[8]; };
struct bvd { double d; int i; };
union bvu { long l; unsigned char c[8]; double d; };
struct bvsz { unsigned char c[3]; };

/* Defined in the consumer, called by a helper with an aggregate.  */
extern long bv_ext_sum (struct bv24);
extern struct bv16 bv_ext_make (long);
