// The crate of refusals.exp and options.exp: calls every helper of
// modsafe-provider.c.
#![crate_type = "lib"]
#![no_std]

extern "C" {
    fn xi_ms_plain() -> i32;
    fn xi_ms_gpl_use() -> i32;
    fn xi_ms_ns_use() -> i32;
    fn xi_ms_priv_use() -> i32;
    fn xi_ms_asm_call();
}

#[no_mangle]
pub unsafe extern "C" fn xi_ms_user() -> i32 {
    xi_ms_asm_call();
    xi_ms_plain() + xi_ms_gpl_use() + xi_ms_ns_use() + xi_ms_priv_use()
}
