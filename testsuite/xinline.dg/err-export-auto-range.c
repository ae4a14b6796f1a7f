/* Error: -fplugin-arg-xinline-export-auto=10001 is out of range (0 to
   10000) and =5x has trailing junk: one error for each argument.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=10001 -fplugin-arg-xinline-export-auto=5x" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export-auto' needs a statement count from 0 to 10000, e.g. '=5'; got '10001'" "out of range" { target *-*-* } 0 } */
/* { dg-error "xinline: '-fplugin-arg-xinline-export-auto' needs a statement count from 0 to 10000, e.g. '=5'; got '5x'" "trailing junk" { target *-*-* } 0 } */
