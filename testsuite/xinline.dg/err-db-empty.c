/* Error: -fplugin-arg-xinline-db= with an empty value is one error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-db=" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-db' needs a file, e.g. '-fplugin-arg-xinline-db=helpers.xdb'" "" { target *-*-* } 0 } */
