// The crate of refusals.exp's module-local-copy case: calls bc_copy of
// xinline.dg/bim-copy-provider.c (built-in flavour), whose body calls
// bcl_inner, which vmlinux does not export.  The C importer copies
// bcl_inner into the module; the LLVM importer makes no copies and
// refuses bc_copy.
#![crate_type = "lib"]
#![no_std]

extern "C" {
    fn bc_copy(x: i32) -> i32;
}

#[no_mangle]
pub unsafe extern "C" fn bim_copy_user(x: i32) -> i32 {
    bc_copy(x)
}
