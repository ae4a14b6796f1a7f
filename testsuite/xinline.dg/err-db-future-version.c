/* Error: a DB of a newer IR format (inputs/future-version.xdb: version
   byte 255) is one error naming both versions.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-db=$srcdir/xinline.dg/inputs/future-version.xdb" } */

int x;

/* { dg-error "xinline: '\[^'\]*/future-version.xdb': IR format version 255, this build reads version \[0-9\]+; rebuild it with 'xinline-db build'" "" { target *-*-* } 0 } */
