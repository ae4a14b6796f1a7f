// x86 target builtins in C helpers: pause, sfence/mfence/lfence, clflush,
// rdtsc and rdtscp become the LLVM intrinsics clang uses for them; crc32
// (SSE4.2) is refused by name.
// xinline-provider: tbuiltin-provider.c -msse4.2
// xinline-inlined: xi_tb_spin xi_tb_fences xi_tb_tsc xi_tb_tscp
// xinline-refused: xi_tb_crc ^its body has no exact LLVM translation \(it calls target builtin '__builtin_ia32_crc32si', which the LLVM translator does not map
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
        let tp = xi_tb_tscp(&mut aux);
        // The processor number differs by run: only that it was written.
        println!("{} {} {} {:?} {} {} {} {}", s0, s1, f, buf, t, tp,
                 aux != 0xffff_ffff, xi_tb_crc(n as u32, 0x1234_5678));
    }
}
