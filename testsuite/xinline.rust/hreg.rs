// Hard-register variables as asm operands: ASM_CALL_CONSTRAINT's global
// stack pointer variable (llvm.read_register / write_register of rsp and
// {rsp}, as clang translates it) and local register variables ({r10},
// {r8}, ... in the width of the variable).  A local variable bound to the
// frame pointer is refused.
// xinline-provider: hreg-provider.c
// xinline-inlined: xi_hr_call xi_hr_sp_in xi_hr_r10 xi_hr_r8_in xi_hr_r9
// xinline-inlined: xi_hr_rsi8 xi_hr_ax
// xinline-refused: xi_hr_local_bp ^its body has no exact LLVM translation \(it binds a local register variable to rbp; only the global stack pointer variable is translated\)$
// xinline-bitcode
// xinline-objdump: ,%r10$
// xinline-objdump: \(%r8\),
extern "C" {
    fn xi_hr_call(x: i32) -> i32;
    fn xi_hr_sp_in(x: i32) -> i32;
    fn xi_hr_r10(a: i64) -> i64;
    fn xi_hr_r8_in(a: i64) -> i64;
    fn xi_hr_r9(a: i32) -> i32;
    fn xi_hr_rsi8(a: u8, b: u8) -> u8;
    fn xi_hr_ax(a: i16) -> i16;
    fn xi_hr_local_bp(a: i64) -> i64;
}

fn main() {
    let n = std::env::args().count() as i64;
    unsafe {
        let mut acc = 0i64;
        for i in 0..5i64 {
            let x = n * 1000 + i * 77;
            acc = acc.wrapping_mul(31).wrapping_add(xi_hr_call(x as i32) as i64);
            acc = acc.wrapping_mul(31).wrapping_add(xi_hr_r10(x << 33));
            acc = acc.wrapping_mul(31).wrapping_add(xi_hr_r8_in(-x));
            acc = acc.wrapping_mul(31).wrapping_add(xi_hr_r9(x as i32 - 5000) as i64);
            acc = acc.wrapping_mul(31).wrapping_add(xi_hr_rsi8(x as u8, 200) as i64);
            acc = acc.wrapping_mul(31).wrapping_add(xi_hr_ax(x as i16 * 9) as i64);
            // The stack pointer differs between the builds: only that it
            // was read (an aligned value) is printed.
            print!("{} ", (xi_hr_sp_in(0) as i64 - 7) & 7);
        }
        println!("{} {}", acc, xi_hr_local_bp(n));
    }
}
