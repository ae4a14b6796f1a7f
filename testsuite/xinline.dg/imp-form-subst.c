/* The imported body's form (import-build.c): a register defined by a pure
   computation and used once later in its block is nested into its use,
   as the C front end nests `(x * 3 + y) ^ (x - 7)', and a parameter the
   body never assigns is read directly, with no local and no copy; a value
   used twice keeps its local, and a division (it may trap) is never
   moved.  The results are the plain build's.  */
/* { dg-do run } */
/* { dg-options "-O2 -fdump-tree-ssa=form.ssa" } */
/* { dg-xinline-provider "imp-form-subst-provider.c" } */

#include <stdio.h>

struct xi_fs_obj { int a; unsigned b; };
extern int xi_fs_poly (int, int);
extern unsigned xi_fs_field (const struct xi_fs_obj *, unsigned);
extern int xi_fs_twice (int);
extern int xi_fs_div (int, int);

volatile int v1 = 11, v2 = -5, v3 = 3;

int
main (void)
{
  struct xi_fs_obj o = { v1, (unsigned) v2 };
  printf ("%d %u %d %d\n", xi_fs_poly (v1, v2), xi_fs_field (&o, v3),
          xi_fs_twice (v2), xi_fs_div (v1, v3));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_fs_poly } } */
/* { dg-final { scan-objdump-calls-not xi_fs_field } } */
/* { dg-final { scan-objdump-calls-not xi_fs_twice } } */
/* { dg-final { scan-objdump-calls-not xi_fs_div } } */
/* xi_fs_poly: no local at all; no parameter is copied into a local.  */
/* { dg-final { scan-file-json-not form.ssa {;; Function xi_fs_poly (?:(?!;; Function).)*xinline_r} } } */
/* { dg-final { scan-file-json form.ssa {;; Function xi_fs_poly (?:(?!;; Function).)*xinline_p0} } } */
/* { dg-final { scan-file-json-not form.ssa {= xinline_p[0-9]+_[0-9]+\(D\);} } } */
/* xi_fs_field's object pointer is the parameter itself.  */
/* { dg-final { scan-file-json form.ssa {MEM\[\(struct xi_fs_obj \* \{ref-all\}\)xinline_p0_[0-9]+\(D\)\]\.b;} } } */
/* xi_fs_twice's product is used twice, xi_fs_div's quotient is a
   division: each keeps its local.  */
/* { dg-final { scan-file-json form.ssa {;; Function xi_fs_twice (?:(?!;; Function).)*xinline_r[.0-9_]* = xinline_p0_[0-9]+\(D\) \* xinline_p0} } } */
/* { dg-final { scan-file-json form.ssa {;; Function xi_fs_div (?:(?!;; Function).)*xinline_r[.0-9_]* = xinline_p0_[0-9]+\(D\) / xinline_p1} } } */
