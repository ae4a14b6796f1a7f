/* Error: a directory given as the DB is one error (not a crash, not an
   empty DB).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-db=." } */

int x;

/* { dg-error "xinline: cannot read helper DB '.': Is a directory" "" { target *-*-* } 0 } */
