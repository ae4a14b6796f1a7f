// The __atomic and __sync builtins from C helpers, also from threads.
// xinline-provider: atomics-provider.c
// xinline-inlined: xi_at_inc xi_at_fetch_sub xi_at_or xi_at_and xi_at_xor
// xinline-inlined: xi_at_nand xi_at_load xi_at_store xi_at_xchg xi_at_cas
// xinline-inlined: xi_at_cas_old xi_at_tas xi_at_clear xi_at_fences
// xinline-inlined: xi_at_sync_add xi_at_sync_sub xi_at_sync_cas
// xinline-inlined: xi_at_sync_val_cas xi_at_sync_lock xi_at_sync_unlock
// xinline-inlined: xi_at_sync_barrier
extern "C" {
    fn xi_at_inc(p: *mut i64) -> i64;
    fn xi_at_fetch_sub(p: *mut i64, v: i64) -> i64;
    fn xi_at_or(p: *mut u32, v: u32) -> u32;
    fn xi_at_and(p: *mut u8, v: u8) -> u8;
    fn xi_at_xor(p: *mut u16, v: u16) -> u16;
    fn xi_at_nand(p: *mut i32, v: i32) -> i32;
    fn xi_at_load(p: *const i32) -> i32;
    fn xi_at_store(p: *mut i32, v: i32);
    fn xi_at_xchg(p: *mut i64, v: i64) -> i64;
    fn xi_at_cas(p: *mut i32, old: i32, new: i32) -> bool;
    fn xi_at_cas_old(p: *mut i32, old: i32, new: i32) -> i32;
    fn xi_at_tas(p: *mut bool) -> bool;
    fn xi_at_clear(p: *mut bool);
    fn xi_at_fences();
    fn xi_at_sync_add(p: *mut i64, v: i64) -> i64;
    fn xi_at_sync_sub(p: *mut i32, v: i32) -> i32;
    fn xi_at_sync_cas(p: *mut i64, o: i64, n: i64) -> bool;
    fn xi_at_sync_val_cas(p: *mut i32, o: i32, n: i32) -> i32;
    fn xi_at_sync_lock(p: *mut i32) -> i32;
    fn xi_at_sync_unlock(p: *mut i32);
    fn xi_at_sync_barrier();
}

struct Shared(*mut i64, *mut i32);
unsafe impl Send for Shared {}

fn main() {
    let n = std::env::args().count() as i64;
    let mut l = 10 * n;
    let mut u = 0x0f0fu32;
    let mut c = 0xf0u8;
    let mut s = 0x1234u16;
    let mut i = 77i32;
    let mut b = false;
    unsafe {
        println!("{} {} {}", xi_at_inc(&mut l), xi_at_fetch_sub(&mut l, 3), l);
        println!("{} {} {} {}", xi_at_or(&mut u, 0x100), xi_at_and(&mut c, 0x3c), xi_at_xor(&mut s, 0xff), xi_at_nand(&mut i, 12));
        xi_at_store(&mut i, 5 * n as i32);
        println!("{} {} {}", xi_at_load(&i), xi_at_xchg(&mut l, 99), l);
        println!("{} {} {}", xi_at_cas(&mut i, 5, 6), xi_at_cas(&mut i, 6, 7), i);
        println!("{} {} {}", xi_at_cas_old(&mut i, 3, 8), xi_at_cas_old(&mut i, 7, 8), i);
        println!("{} {}", xi_at_tas(&mut b), xi_at_tas(&mut b));
        xi_at_clear(&mut b);
        xi_at_fences();
        println!("{} {} {}", b, xi_at_sync_add(&mut l, 2), xi_at_sync_sub(&mut i, 3));
        println!("{} {} {}", xi_at_sync_cas(&mut l, 101, 5), xi_at_sync_cas(&mut l, 101, 5), l);
        println!("{} {}", xi_at_sync_val_cas(&mut i, 5, 9), xi_at_sync_val_cas(&mut i, 5, 9));
        let mut lock = 0i32;
        println!("{} {}", xi_at_sync_lock(&mut lock), xi_at_sync_lock(&mut lock));
        xi_at_sync_unlock(&mut lock);
        xi_at_sync_barrier();
        println!("{}", lock);
    }
    // Contended: four threads, a lock and a counter.
    let mut count = 0i64;
    let mut lock = 0i32;
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let sh = Shared(&mut count, &mut lock);
            std::thread::spawn(move || {
                let sh = sh;
                for _ in 0..20000 {
                    unsafe {
                        xi_at_inc(sh.0);
                        while xi_at_sync_lock(sh.1) != 0 {}
                        xi_at_sync_add(sh.0, 1);
                        xi_at_sync_unlock(sh.1);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    println!("{}", count);
}
