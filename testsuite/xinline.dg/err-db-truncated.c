/* Error: a DB cut off right after its magic (inputs/truncated-header.xdb)
   is one error.  xinline.misc/err-truncated.exp truncates real DBs.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-db=$srcdir/xinline.dg/inputs/truncated-header.xdb" } */

int x;

/* { dg-error "xinline: '\[^'\]*/truncated-header.xdb': truncated DB header; rebuild it with 'xinline-db build'" "" { target *-*-* } 0 } */
