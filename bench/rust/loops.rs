// loops.rs - the Rust benchmark: the refcount, error-pointer and lock loops
// of bench/micro/loops.c written in Rust, calling the same C helpers
// (bench/micro/helpers.c) through extern "C", as Rust-for-Linux calls the
// kernel's through rust_helper_* wrappers.
//
//   rust-loops LOOP N    run loop LOOP (ref, err, lock or all) for N
//                        operations; print its checksum
//
// The data and the checksums are those of bench/micro/main.c, so the C
// builds of the same loops print the same numbers.  The loop functions are
// #[no_mangle] and never inlined: callgrind's --toggle-collect finds them
// by name (loop_ref ...), as in the C benchmark.  They take the context as
// a raw pointer, as C does (a &mut would tell LLVM that nothing else
// touches it, which C's loops cannot assume).
use std::ptr;

const NOBJ: usize = 1024;
const MAX_ERRNO: usize = 4095;

#[repr(C)]
pub struct Ref {
    count: i32,
}

#[repr(C)]
pub struct SpinLock {
    locked: i32,
}

extern "C" {
    fn ref_init(r: *mut Ref, v: i32);
    fn ref_get(r: *mut Ref);
    fn ref_put(r: *mut Ref) -> bool;
    fn ref_read(r: *const Ref) -> i32;
    fn err_ptr(err: i64) -> *mut i32;
    fn ptr_err(p: *const i32) -> i64;
    fn is_err(p: *const i32) -> bool;
    fn is_err_or_null(p: *const i32) -> bool;
    fn spin_lock_init(l: *mut SpinLock);
    fn spin_lock(l: *mut SpinLock);
    fn spin_unlock(l: *mut SpinLock);
}

/// What helpers.c's obj_put calls for the last reference (never here).
#[no_mangle]
pub extern "C" fn obj_release(_o: *mut u8) {
    std::process::exit(1);
}

pub struct Ctx {
    refs: [Ref; NOBJ],
    ptrs: [*mut i32; NOBJ],
    locks: [SpinLock; NOBJ],
    counters: [u64; NOBJ],
}

/// get, put (never the last reference) and read a refcount
#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn loop_ref(c: *mut Ctx, n: u64) -> u64 {
    let mut s = 0u64;
    for i in 0..n {
        let r = ptr::addr_of_mut!((*c).refs[i as usize & (NOBJ - 1)]);
        unsafe {
            ref_get(r);
            if ref_put(r) {
                s = s.wrapping_add(1000);
            }
            s = s.wrapping_add(ref_read(r) as i64 as u64);
        }
    }
    s
}

/// error-pointer checks on a mix of objects, NULLs and error pointers
#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn loop_err(c: *mut Ctx, n: u64) -> u64 {
    let mut s = 0u64;
    for i in 0..n {
        let p = unsafe { (*c).ptrs[i as usize & (NOBJ - 1)] };
        unsafe {
            if is_err(p) {
                s = s.wrapping_add(ptr_err(p) as u64);
            } else if !is_err_or_null(p) {
                s = s.wrapping_add(*p as i64 as u64);
            }
        }
    }
    s
}

/// an uncontended lock/unlock pair around an increment
#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn loop_lock(c: *mut Ctx, n: u64) -> u64 {
    let mut s = 0u64;
    for i in 0..n {
        let k = i as usize & (NOBJ - 1);
        unsafe {
            let l = ptr::addr_of_mut!((*c).locks[k]);
            spin_lock(l);
            (*c).counters[k] = (*c).counters[k].wrapping_add(1);
            s = s.wrapping_add((*c).counters[k]);
            spin_unlock(l);
        }
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: {} LOOP|all N", args[0]);
        std::process::exit(2);
    }
    let n: u64 = args[2].parse().expect("N");
    let ints: Box<[i32; NOBJ]> = Box::new(std::array::from_fn(|i| i as i32 * 7));
    let mut c = Box::new(Ctx {
        refs: std::array::from_fn(|_| Ref { count: 0 }),
        ptrs: [ptr::null_mut(); NOBJ],
        locks: std::array::from_fn(|_| SpinLock { locked: 0 }),
        counters: [0; NOBJ],
    });
    for i in 0..NOBJ {
        unsafe {
            ref_init(&mut c.refs[i], 1 + (i % 3) as i32);
            c.ptrs[i] = if i % 16 == 5 {
                ptr::null_mut()
            } else if i % 8 == 3 {
                err_ptr(-(1 + (i % 100) as i64))
            } else {
                &ints[i] as *const i32 as *mut i32
            };
            spin_lock_init(&mut c.locks[i]);
        }
    }
    let _ = MAX_ERRNO;
    let loops: [(&str, unsafe extern "C" fn(*mut Ctx, u64) -> u64); 3] =
        [("ref", loop_ref), ("err", loop_err), ("lock", loop_lock)];
    let mut found = false;
    for (name, f) in loops.iter() {
        if args[1] != "all" && args[1] != *name {
            continue;
        }
        found = true;
        println!("{} {}", name, unsafe { f(&mut *c, n) });
    }
    if !found {
        eprintln!("{}: no loop '{}'", args[0], args[1]);
        std::process::exit(2);
    }
}
