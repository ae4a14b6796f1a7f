// Integer arithmetic, checked arithmetic and bit builtins from C helpers.
// xinline-provider: arith-provider.c
// xinline-inlined: xi_ar_add xi_ar_mul_add xi_ar_div xi_ar_mod xi_ar_udiv
// xinline-inlined: xi_ar_shifts xi_ar_rotl xi_ar_min xi_ar_umax xi_ar_abs
// xinline-inlined: xi_ar_labs xi_ar_add_ovf xi_ar_mul_ovf xi_ar_sub_ovf
// xinline-inlined: xi_ar_add_ovf_p xi_ar_bits xi_ar_ctz xi_ar_ffs
// xinline-inlined: xi_ar_clrsb xi_ar_bswap32 xi_ar_bswap64 xi_ar_bswap16
// xinline-inlined: xi_ar_narrow xi_ar_uchar xi_ar_is_even xi_ar_expect
// xinline-inlined: xi_ar_sext xi_ar_zext
// xinline-bitcode
extern "C" {
    fn xi_ar_add(a: i32, b: i32) -> i32;
    fn xi_ar_mul_add(a: i64, b: i64, c: i64) -> i64;
    fn xi_ar_div(a: i32, b: i32) -> i32;
    fn xi_ar_mod(a: i32, b: i32) -> i32;
    fn xi_ar_udiv(a: u32, b: u32) -> u32;
    fn xi_ar_shifts(a: i32, s: u32) -> i32;
    fn xi_ar_rotl(x: u32, n: u32) -> u32;
    fn xi_ar_min(a: i32, b: i32) -> i32;
    fn xi_ar_umax(a: u64, b: u64) -> u64;
    fn xi_ar_abs(a: i32) -> i32;
    fn xi_ar_labs(a: i64) -> i64;
    fn xi_ar_add_ovf(a: i32, b: i32, r: *mut i32) -> bool;
    fn xi_ar_mul_ovf(a: u64, b: u64, r: *mut u64) -> bool;
    fn xi_ar_sub_ovf(a: i64, b: u32, r: *mut i16) -> bool;
    fn xi_ar_add_ovf_p(a: u8, b: i32) -> bool;
    fn xi_ar_bits(x: u32) -> i32;
    fn xi_ar_ctz(x: u64) -> i32;
    fn xi_ar_ffs(x: i32) -> i32;
    fn xi_ar_clrsb(x: i64) -> i32;
    fn xi_ar_bswap32(x: u32) -> u32;
    fn xi_ar_bswap64(x: u64) -> u64;
    fn xi_ar_bswap16(x: u16) -> u16;
    fn xi_ar_narrow(x: i32) -> i8;
    fn xi_ar_uchar(a: u8, b: u8) -> u8;
    fn xi_ar_is_even(x: i64) -> bool;
    fn xi_ar_expect(x: i64) -> i64;
    fn xi_ar_sext(c: i8) -> i16;
    fn xi_ar_zext(c: u16) -> u64;
}

fn main() {
    // Values the optimizer cannot see: the number of arguments.
    let n = std::env::args().count() as i32;
    let vals: [i32; 8] = [n, -n, 7 * n, -1000 * n, 0x7fff_0000 + n, i32::MIN + n, 255 * n, 0];
    unsafe {
        for &a in vals.iter() {
            for &b in vals.iter() {
                let small_a = a / 4;
                let small_b = b / 4;
                print!("{} {} {} ", xi_ar_add(small_a, small_b), xi_ar_div(a, b | 1), xi_ar_mod(a, b | 1));
                print!("{} {} ", xi_ar_udiv(a as u32, b as u32), xi_ar_min(a, b));
                print!("{} ", xi_ar_umax(a as u64, b as u64));
                let mut r = 0i32;
                let o = xi_ar_add_ovf(a, b, &mut r);
                print!("{} {} ", o, r);
                let mut m = 0u64;
                let o = xi_ar_mul_ovf(a as u64, b as u64, &mut m);
                print!("{} {} ", o, m);
                let mut s = 0i16;
                let o = xi_ar_sub_ovf(a as i64 * 3, b as u32, &mut s);
                print!("{} {} {} ", o, s, xi_ar_add_ovf_p(a as u8, b));
                println!("{}", xi_ar_mul_add(a as i64, b as i64, 7));
            }
            print!("{} {} ", xi_ar_shifts(a, a as u32), xi_ar_rotl(a as u32, a as u32 + 3));
            print!("{} {} ", xi_ar_abs(a | 1), xi_ar_labs(a as i64 * 5));
            print!("{} {} {} {} ", xi_ar_bits(a as u32), xi_ar_ctz(a as u64), xi_ar_ffs(a), xi_ar_clrsb(a as i64));
            print!("{} {} {} ", xi_ar_bswap32(a as u32), xi_ar_bswap64(a as u64), xi_ar_bswap16(a as u16));
            print!("{} {} {} ", xi_ar_narrow(a), xi_ar_uchar(a as u8, 200), xi_ar_is_even(a as i64));
            println!("{} {} {}", xi_ar_expect(a as i64), xi_ar_sext(a as i8), xi_ar_zext(a as u16));
        }
    }
}
