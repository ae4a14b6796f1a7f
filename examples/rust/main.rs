// main.rs - calls the C helpers of helpers.c through extern "C" (the way
// Rust-for-Linux calls rust_helper_*), in a loop.
use std::ffi::c_void;

#[repr(C)]
struct Counter {
    refs: i32,
    flags: u32,
}

extern "C" {
    fn counter_get(c: *mut Counter);
    fn counter_put(c: *mut Counter) -> bool;
    fn counter_flags(c: *const Counter) -> u32;
    fn is_err(p: *const c_void) -> bool;
    fn ptr_err(p: *const c_void) -> i64;
    fn err_ptr(e: i64) -> *mut c_void;
}

fn main() {
    let n = std::env::args().count() as i64;
    let mut c = Counter { refs: 1, flags: 0x35 };
    let mut errors = 0i64;
    let mut freed = 0;
    unsafe {
        for i in 0..1_000_000i64 {
            counter_get(&mut c);
            let p = if i % 7 == 0 { err_ptr(-(i % 100) - n) } else { &mut c as *mut Counter as *mut c_void };
            if is_err(p) {
                errors += ptr_err(p);
            }
            if counter_put(&mut c) {
                freed += 1;
            }
        }
        println!("refs {} flags {} errors {} freed {}", c.refs, counter_flags(&c), errors, freed);
    }
}
