/* A consumer compiled with -flto (fat objects, linked with -flto): the
   compile with the DB must not crash (imported bodies must survive
   free_lang_data and LTO streaming, or not be imported).  xinline does not
   import with -flto: the report says so for each call, the calls stay
   calls, and the program links and runs with the same output as without
   the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-lto-provider.c" } */

#include <stdio.h>

extern int xi_lto_add (int);
extern int xi_lto_sq (int);

volatile int vin = 12;

int
main (void)
{
  printf ("%d %d\n", xi_lto_add (vin), xi_lto_sq (vin));
  /* { dg-note "xinline: call to 'xi_lto_add' not inlined: xinline does not import with -flto" "" { target *-*-* } .-1 } */
  /* { dg-note "xinline: call to 'xi_lto_sq' not inlined: xinline does not import with -flto" "" { target *-*-* } .-2 } */
  return 0;
}

/* { dg-final { scan-assembler "call\[ \t\]+xi_lto_add" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_lto_sq" } } */
