// Inline asm of C helpers: operand forms, modifiers, flag outputs, asm
// goto, %= labels.
// xinline-provider: asm-provider.c
// xinline-inlined: xi_as_mulhi xi_as_named xi_as_or xi_as_early xi_as_mods
// xinline-inlined: xi_as_below xi_as_goto xi_as_uid xi_as_barrier
// xinline-inlined: xi_as_bswap xi_as_bts
// xinline-bitcode
extern "C" {
    fn xi_as_mulhi(a: u64, b: u64) -> u64;
    fn xi_as_named(x: i32, y: i32) -> i32;
    fn xi_as_or(p: *mut u32, v: u32);
    fn xi_as_early(a: u64, b: u64) -> u64;
    fn xi_as_mods(v: u64) -> u64;
    fn xi_as_below(a: u32, b: u32) -> i32;
    fn xi_as_goto(x: i64, y: i64) -> i64;
    fn xi_as_uid(x: i32) -> i32;
    fn xi_as_barrier();
    fn xi_as_bswap(x: u32) -> u32;
    fn xi_as_bts(w: *mut u64, bit: i64) -> i32;
}

fn main() {
    let n = std::env::args().count() as u64;
    unsafe {
        let vals = [n, n * 0x1234_5678_9abc, u64::MAX - n, 3];
        for &a in vals.iter() {
            for &b in vals.iter() {
                print!("{} {} ", xi_as_mulhi(a, b), xi_as_early(a, b));
                print!("{} {} ", xi_as_below(a as u32, b as u32), xi_as_goto(a as i64 >> 3, b as i64 >> 3));
            }
            println!("{} {} {} {}", xi_as_named(a as i32, 7), xi_as_mods(a), xi_as_uid(a as i32 - 100), xi_as_bswap(a as u32));
        }
        let mut w = 0x10u32;
        xi_as_or(&mut w, n as u32 * 0x300);
        xi_as_barrier();
        let mut bits = 0u64;
        let r: Vec<i32> = [3, 5, 3, 63, 5].iter().map(|&b| xi_as_bts(&mut bits, b)).collect();
        println!("{} {:?} {:x}", w, r, bits);
    }
}
