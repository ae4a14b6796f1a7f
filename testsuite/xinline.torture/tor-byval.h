/* Shared by tor-byval.c and its provider.  */
struct tb_small { int lo; short hi; };
struct tb_pair { long a, b; };
struct tb_mix { double d; long n; };
struct tb_big { long v[6]; char tag; };
union tb_u { unsigned long l; unsigned int w[2]; };
extern struct tb_pair tb_ext_pair (long, long);
extern long tb_ext_big (struct tb_big);
