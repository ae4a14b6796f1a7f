/* Every refused helper still links and runs right: the consumer calls each
   one, the calls stay ordinary calls, and the program prints what the build
   without the plugin prints.  The exported helper next to them is inlined.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-refused-run-provider.c" } */

#include <stdio.h>

int xi_rr_static (int);
int xi_rr_weak (int);
int xi_rr_varargs (int, ...);
int xi_rr_alloca (int);
int xi_rr_setjmp (int);
double xi_rr_float (double);
int xi_rr_local_static (void);
int xi_rr_globl_asm (int);
int xi_rr_ok (int);

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("%d %d %d\n", xi_rr_static (argc), xi_rr_static (argc + 1),
          xi_rr_weak (argc));
  printf ("%d %d %d\n", xi_rr_varargs (3, argc, 2, 3), xi_rr_alloca (argc + 4),
          xi_rr_setjmp (argc));
  printf ("%g %d %d\n", xi_rr_float (argc), xi_rr_local_static (),
          xi_rr_local_static ());
  printf ("%d %d\n", xi_rr_globl_asm (argc), xi_rr_ok (argc));
  return 0;
}

/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_static" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_weak" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_varargs" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_alloca" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_setjmp" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_float" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_local_static" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_rr_globl_asm" } } */
/* { dg-final { scan-objdump-calls-not xi_rr_ok } } */
