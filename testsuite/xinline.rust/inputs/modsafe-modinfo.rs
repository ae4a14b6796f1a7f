// modsafe.rs with the module's .modinfo strings, as the kernel's module!
// macro writes them: the licence and the imported namespace come from
// there when no option gives them.
#![crate_type = "lib"]
#![no_std]

#[link_section = ".modinfo"]
#[used]
static XI_LICENSE: [u8; 12] = *b"license=GPL\0";
#[link_section = ".modinfo"]
#[used]
static XI_IMPORT_NS: [u8; 16] = *b"import_ns=XI_NS\0";

extern "C" {
    fn xi_ms_gpl_use() -> i32;
    fn xi_ms_ns_use() -> i32;
}

#[no_mangle]
pub unsafe extern "C" fn xi_ms_user() -> i32 {
    xi_ms_gpl_use() + xi_ms_ns_use()
}
