// IR version 3 constructs the LLVM translator still refuses, each by
// name: the calls stay calls and the program runs right.  (Others are
// shown where the construct is tested: byval.rs, hreg.rs, tbuiltin.rs,
// segvar-decl.rs.)
// xinline-provider: v3-refused-provider.c
// xinline-inlined: xi_v3_ok
// xinline-refused: xi_v3_ovf128 ^its body has no exact LLVM translation \(it uses checked arithmetic wider than the translator computes exactly\)$
// xinline-refused: xi_v3_asm128 ^its body has no exact LLVM translation \(it gives asm a 128-bit value in registers\)$
// xinline-refused: xi_v3_rdpmc_free ^its body has no exact LLVM translation \(it calls target builtin '__builtin_ia32_rdpmc', which the LLVM translator does not map
// xinline-refused: xi_v3_greg ^its body has no exact LLVM translation \(it uses global register variable xi_v3_gr bound to r12; LLVM reads and writes only the stack pointer that way \(as a 64-bit integer\)\)$
// xinline-refused: xi_v3_tie2 ^its body has no exact LLVM translation \(it ties two asm inputs to output 0 \(LLVM ties one\)\)$
// xinline-levels: 2
extern "C" {
    fn xi_v3_ovf128(a: i128, b: i128) -> i32;
    fn xi_v3_asm128(a: u128) -> u128;
    fn xi_v3_rdpmc_free(c: i32) -> u64;
    fn xi_v3_greg(a: i64) -> i64;
    fn xi_v3_tie2(a: i64) -> i64;
    fn xi_v3_ok(x: i32) -> i32;
}

fn main() {
    let n = std::env::args().count() as i32;
    unsafe {
        println!("{} {} {} {} {}", xi_v3_ovf128(i128::MAX, n as i128), xi_v3_ovf128(5, n as i128),
                 xi_v3_asm128(u128::MAX - n as u128), xi_v3_rdpmc_free(n), xi_v3_ok(n));
        println!("{} {}", xi_v3_greg(n as i64 * 7), xi_v3_tie2(n as i64 + 100));
    }
}
