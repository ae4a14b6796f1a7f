// x86 target builtins in C helpers: pause, sfence/mfence/lfence, clflush,
// rdtsc and rdtscp become the LLVM intrinsics clang uses for them, bsr
// and the 8- and 16-bit rotates ctlz and funnel shifts; crc32
// (SSE4.2) is refused by name.
// xinline-provider: tbuiltin-provider.c -msse4.2
// xinline-inlined: xi_tb_spin xi_tb_fences xi_tb_tsc xi_tb_tscp xi_tb_bsr
// xinline-inlined: xi_tb_bsrl xi_tb_rot
// xinline-refused: xi_tb_crc ^its body has no exact LLVM translation \(it calls target builtin '__builtin_ia32_crc32si', which the LLVM translator does not map \(it maps only builtins of the x86-64 base instruction set with an exact LLVM form\)\)$
// xinline-bitcode
// xinline-objdump: \spause
// xinline-objdump: \smfence
// xinline-objdump: \sclflush
// xinline-objdump: \srdtscp
extern "C" {
    fn xi_tb_spin(flag: *const i32, limit: i32) -> i32;
    fn xi_tb_fences(p: *mut i32, v: i32) -> i32;
    fn xi_tb_tsc() -> i32;
    fn xi_tb_tscp(aux: *mut u32) -> i32;
    fn xi_tb_crc(c: u32, v: u32) -> u32;
    fn xi_tb_bsr(x: i32) -> i32;
    fn xi_tb_bsrl(x: i64) -> i64;
    fn xi_tb_rot(x: u32, n: i32) -> u32;
}

fn main() {
    let n = std::env::args().count() as i32;
    let flag = 0i32;
    let set = 1i32;
    let mut buf = [0i32; 4];
    let mut aux = 0xffff_ffffu32;
    unsafe {
        let s0 = xi_tb_spin(&flag, 10 + n);
        let s1 = xi_tb_spin(&set, 10);
        let f = xi_tb_fences(buf.as_mut_ptr().add(1), 41 + n);
        let t = xi_tb_tsc();
        // rdtscp is not on every x86-64 processor (a machine without it
        // prints the same line for both builds).
        let has_rdtscp = (std::arch::x86_64::__cpuid(0x8000_0001).edx >> 27) & 1 == 1;
        let tp = if has_rdtscp {
            xi_tb_tscp(&mut aux)
        } else {
            aux = 0;
            1
        };
        // The processor number differs by run: only that it was written.
        for i in [-300i32, -9, -1, 0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 1000] {
            print!("{} {} {} ", xi_tb_bsr(i * 12345 + n), xi_tb_bsrl((i as i64) << 40 | n as i64),
                   xi_tb_rot(0x9abc_def1u32.wrapping_mul(n as u32 + i as u32), i));
        }
        println!("{} {} {} {:?} {} {} {} {}", s0, s1, f, buf, t, tp,
                 aux != 0xffff_ffff, xi_tb_crc(n as u32, 0x1234_5678));
    }
}
