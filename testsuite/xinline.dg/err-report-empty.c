/* Error: -fplugin-arg-xinline-report= with an empty file name is one
   error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-report=" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-report=' needs a file name" "" { target *-*-* } 0 } */
