/* Provider for imp-glob.c, built with -fplugin-arg-xinline-export=gb_*
   (test's provider options): gb_ functions are exported by glob.  */
int gb_twice (int x) { return 2 * x; }
int gb_neg (int x) { return -x; }
int other_fn (int x) { return x + 3; }
