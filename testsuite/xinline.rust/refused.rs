// Helpers the LLVM importer refuses stay calls, with the reason in the
// report, and the program still runs right.
// xinline-provider: refused-provider.c
// xinline-provider: refused-mod-provider.c -DMODULE
// xinline-inlined: xi_rf_ok
// xinline-refused: xi_rf_sig ^this unit declares it with a different type than the DB body$
// xinline-refused: xi_rf_fill ^its body has no exact LLVM translation \(it calls builtin '__builtin___memset_chk', which the LLVM translator does not map\)$
// xinline-refused: xi_rf_modonly ^the DB has only its module flavour; export it from a compilation without -DMODULE too$
// xinline-levels: 2
extern "C" {
    fn xi_rf_sig(p: usize) -> i32;
    fn xi_rf_fill(p: *mut u8, n: u64, size: u64);
    fn xi_rf_ok(x: i32) -> i32;
    fn xi_rf_modonly(x: i32) -> i32;
}

fn main() {
    let n = std::env::args().count() as i32;
    let v = 41 * n;
    let mut a = [1u8, 2, 3, 4, 5, 6, 7, 8];
    unsafe {
        xi_rf_fill(a.as_mut_ptr(), n as u64 + 2, a.len() as u64);
        println!("{} {:?} {}", xi_rf_sig(&v as *const i32 as usize), a, xi_rf_ok(n));
        println!("{}", xi_rf_modonly(n));
    }
}
