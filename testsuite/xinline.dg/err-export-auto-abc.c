/* Error: -fplugin-arg-xinline-export-auto needs a number; a word is one
   error quoting it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=abc" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export-auto' needs a statement count from 0 to 10000, e.g. '=5'; got 'abc'" "" { target *-*-* } 0 } */
