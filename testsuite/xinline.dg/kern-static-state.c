/* A static local of a static inline callee is one object in the program:
   helpers that inline that callee share it, in the provider and in every
   consumer, and with the provider's out-of-line code.  An imported body
   would have its own copy, so the exporter refuses such helpers: the DB
   has none of them, every call stays a call, and the program prints the
   same as without the plugin (a copy would change what it prints).  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-static-state-provider.c" } */

#include <stdio.h>

extern void xi_ss_set (int);
extern int xi_ss_get (void);
extern int xi_ss_next (void);
extern int xi_ss_get_outofline (void);

int
main (void)
{
  xi_ss_set (5);
  printf ("%d ", xi_ss_get ());
  printf ("%d ", xi_ss_next ());
  printf ("%d ", xi_ss_get_outofline ());
  printf ("%d\n", xi_ss_get ());
  return 0;
}

/* { dg-final { scan-xinline-db-not-exported kern-static-state-provider.xdb xi_ss_set } } */
/* { dg-final { scan-xinline-db-not-exported kern-static-state-provider.xdb xi_ss_get } } */
/* { dg-final { scan-xinline-db-not-exported kern-static-state-provider.xdb xi_ss_next } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_ss_set" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_ss_get" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_ss_next" } } */
