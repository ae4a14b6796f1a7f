// The crate of refusals.exp's stale-DB checks.
#![crate_type = "lib"]
#![no_std]

extern "C" {
    fn xi_st_helper(x: i32) -> i32;
}

#[no_mangle]
pub unsafe extern "C" fn xi_st_user(x: i32) -> i32 {
    xi_st_helper(x)
}
