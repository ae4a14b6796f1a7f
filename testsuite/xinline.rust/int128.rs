// 128-bit integers in C helpers: i128 parameters and results (as rustc
// declares u128/i128 for extern "C"), constants with high bits, arithmetic,
// shifts, division (a compiler-rt call, as GCC's is a libgcc one),
// comparisons, conversions and memory.
// xinline-provider: int128-provider.c
// xinline-inlined: xi_i8_add xi_i8_sub xi_i8_mul xi_i8_neg xi_i8_mul_shr
// xinline-inlined: xi_i8_const xi_i8_sconst xi_i8_shl xi_i8_sar xi_i8_div
// xinline-inlined: xi_i8_srem xi_i8_lt xi_i8_ult xi_i8_hi xi_i8_from
// xinline-inlined: xi_i8_ufrom xi_i8_acc_add xi_i8_copy
// xinline-bitcode
#[repr(C)]
struct Acc {
    sum: u128,
    n: u64,
}

extern "C" {
    fn xi_i8_add(a: u128, b: u128) -> u128;
    fn xi_i8_sub(a: i128, b: i128) -> i128;
    fn xi_i8_mul(a: u128, b: u128) -> u128;
    fn xi_i8_neg(a: i128) -> i128;
    fn xi_i8_mul_shr(a: u64, mul: u64, shift: u32) -> u64;
    fn xi_i8_const(a: u128) -> u128;
    fn xi_i8_sconst(a: i128) -> i128;
    fn xi_i8_shl(a: u128, n: i32) -> u128;
    fn xi_i8_sar(a: i128, n: i32) -> i128;
    fn xi_i8_div(a: u128, b: u128) -> u128;
    fn xi_i8_srem(a: i128, b: i128) -> i128;
    fn xi_i8_lt(a: i128, b: i128) -> i32;
    fn xi_i8_ult(a: u128, b: u128) -> i32;
    fn xi_i8_hi(a: i128) -> i64;
    fn xi_i8_from(a: i64) -> i128;
    fn xi_i8_ufrom(a: i64) -> u128;
    fn xi_i8_acc_add(p: *mut Acc, v: u64);
    fn xi_i8_copy(d: *mut u8, s: *const u8);
}

fn main() {
    let n = std::env::args().count() as u64;
    let vals: [u128; 6] = [0, n as u128, u128::MAX - n as u128, 1u128 << 64 | 7,
                           0x8000_0000_0000_0000_0000_0000_0000_0001, 12345678901234567890123];
    unsafe {
        for &a in vals.iter() {
            for &b in vals.iter() {
                let (sa, sb) = (a as i128, b as i128);
                print!("{} {} {} ", xi_i8_add(a, b), xi_i8_sub(sa, sb), xi_i8_mul(a, b));
                print!("{} {} ", xi_i8_div(a, b), xi_i8_srem(sa, sb));
                print!("{}{} ", xi_i8_lt(sa, sb), xi_i8_ult(a, b));
            }
            print!("{} {} {} {} ", xi_i8_neg(a as i128), xi_i8_const(a), xi_i8_sconst(a as i128),
                   xi_i8_hi(a as i128));
            for s in [0, 1, 63, 64, 65, 127] {
                print!("{} {} ", xi_i8_shl(a, s), xi_i8_sar(a as i128, s));
                print!("{} ", xi_i8_mul_shr(a as u64, (a >> 64) as u64 | n, s as u32 & 63));
            }
            println!();
        }
        println!("{} {}", xi_i8_from(-(n as i64) * 3), xi_i8_ufrom(-(n as i64)));
        let mut acc = Acc { sum: 0, n: 0 };
        for i in 0..10u64 {
            xi_i8_acc_add(&mut acc, u64::MAX - i * n);
        }
        let src: [u8; 16] = core::array::from_fn(|i| (i as u8) * 7 + n as u8);
        let mut dst = [0u8; 17];
        xi_i8_copy(dst.as_mut_ptr().add(1), src.as_ptr());
        println!("{} {} {:?}", acc.sum, acc.n, dst);
    }
}
