/* Error: a DB that is a text file (inputs/garbage.xdb) is one error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-db=$srcdir/xinline.dg/inputs/garbage.xdb" } */

int x;

/* { dg-error "xinline: '\[^'\]*/garbage.xdb': not an xinline DB or an object with a .gnu.xinline section; rebuild it with 'xinline-db build'" "" { target *-*-* } 0 } */
