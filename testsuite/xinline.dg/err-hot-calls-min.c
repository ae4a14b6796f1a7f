/* Error: -fplugin-arg-xinline-hot-calls-min with a value that is not a
   permille from 0 to 1000 is one error naming the argument, the range,
   an example and the value given.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=1001" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-hot-calls-min' needs a frequency in permille of the unit's entries from 0 to 1000, e.g. '=100'; got '1001'" "" { target *-*-* } 0 } */
