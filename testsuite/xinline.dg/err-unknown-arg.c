/* Error: an unknown plugin argument is one error naming it and listing
   the known ones.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-exprot" } */

int x;

/* { dg-error "xinline: unknown argument '-fplugin-arg-xinline-exprot'; known: export, export=GLOBS, export-auto=N, export-only, export-keep-calls, hot-calls, hot-calls-min=PERMILLE, verbose, db=FILES, report, report=FILE, symvers=FILES, license=STRING, namespaces=LIST, disable" "" { target *-*-* } 0 } */
