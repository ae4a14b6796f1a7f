// Variables declared in x86's __seg_gs address space (Linux 6.12's
// const_pcpu_hot): declared and accessed in LLVM's address space 256.  The
// program points %gs at a shadow copy (arch_prctl), so only %gs accesses
// reach it; the plain and the inlined builds must see the same values.  A
// module that declares one of the variables itself in generic memory gets
// the helper refused.
// xinline-provider: segvar-provider.c
// xinline-inlined: xi_sv_get xi_sv_add xi_sv_cur xi_sv_set_cur xi_sv_count
// xinline-inlined: xi_sv_offset xi_sv_sum
// xinline-bitcode
extern "C" {
    fn xi_sv_setup() -> i32;
    fn xi_sv_shadow_word(i: i32) -> i64;
    fn xi_sv_get(i: i32) -> i64;
    fn xi_sv_add(i: i32, v: i64);
    fn xi_sv_cur() -> i64;
    fn xi_sv_set_cur(c: i64);
    fn xi_sv_count() -> i32;
    fn xi_sv_offset() -> u64;
    fn xi_sv_sum() -> i64;
}

fn main() {
    let n = std::env::args().count() as i64;
    unsafe {
        if xi_sv_setup() != 0 {
            println!("arch_prctl failed");
            return;
        }
        for i in 0..8 {
            xi_sv_add(i, n * 10 + i as i64);
        }
        xi_sv_set_cur(n + 1000);
        xi_sv_set_cur(xi_sv_cur() + 1);
        println!("{} {} {} {} {} {} {}", xi_sv_get(0), xi_sv_get(1), xi_sv_get(6),
                 xi_sv_cur(), xi_sv_count(), xi_sv_offset(), xi_sv_sum());
        for i in 0..6 {
            print!("{} ", xi_sv_shadow_word(i));
        }
        println!();
    }
}
