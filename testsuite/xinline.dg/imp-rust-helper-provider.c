/* Provider for imp-rust-helper.c: rust_helper_* functions are exported by
   name, without __xinline (as in the kernel's rust/helpers/).  */
#include <xinline.h>

struct rh_refcount { int refs; };

void rust_helper_refcount_inc (struct rh_refcount *r) { r->refs++; }
int rust_helper_refcount_dec_and_test (struct rh_refcount *r) { return --r->refs == 0; }
int not_a_rust_helper (int x) { return x + 1; }
