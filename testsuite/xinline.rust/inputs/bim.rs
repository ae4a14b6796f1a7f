// The crate of refusals.exp's built-in-bodies-in-modules cases: calls
// helpers of xinline.dg/bim-provider.c (built-in flavour), each using one
// module-safety construct.
#![crate_type = "lib"]
#![no_std]

extern "C" {
    fn bim_plain(x: i32) -> i32;
    fn bim_unexported(x: i32) -> i32;
    fn bim_sc_mod(x: i32) -> i32;
    fn bim_sc_keyed(x: i32) -> i32;
    fn bim_jl_secret(x: i32) -> i32;
    fn bim_noinstr_asm(x: i32) -> i32;
    fn bim_this_module() -> *const u8;
}

#[no_mangle]
pub unsafe extern "C" fn bim_user(x: i32) -> i32 {
    bim_plain(x) + bim_unexported(x) + bim_sc_mod(x) + bim_sc_keyed(x)
        + bim_jl_secret(x) + bim_noinstr_asm(x) + bim_this_module() as i32
}
