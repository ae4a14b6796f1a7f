/* Error: -fplugin-arg-xinline-export-auto without a value is one error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export-auto' needs a statement count from 0 to 10000, e.g. '=5'; got ''" "" { target *-*-* } 0 } */
