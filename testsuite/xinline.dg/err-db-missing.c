/* Error: a DB file that does not exist is one error saying why and how to
   build it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-db=missing.xdb" } */

int x;

/* { dg-error "xinline: cannot read helper DB 'missing.xdb': No such file or directory; build it with 'xinline-db build -o missing.xdb OBJECTS'" "" { target *-*-* } 0 } */
